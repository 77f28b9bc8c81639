import { describe, expect, it } from "vitest";
import { answersFromSubmission, submissionSchema } from "@/lib/quiz/schemas";
import { sampleQuiz } from "../fixtures/quiz";

const quiz = sampleQuiz();
const schema = submissionSchema(quiz);

function valid(): Record<string, unknown> {
  return {
    locale: "en",
    token: "t".repeat(40),
    "q_m1-u1-q1": "b",
    "q_m1-u1-q2": ["c", "a"],
    "q_m1-u1-q3": "false",
    "q_m1-u1-q4": "d",
    "q_m1-u1-q5": ["d", "b"],
    "q_m1-u1-q6": "true",
  };
}

function errorsOf(input: Record<string, unknown>) {
  const parsed = schema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];
}

describe("submissionSchema", () => {
  it("accepts a complete submission", () => {
    expect(schema.safeParse(valid()).success).toBe(true);
  });

  it("requires an answer to every question", () => {
    for (const q of quiz.questions) {
      const input = valid();
      delete input[`q_${q.id}`];
      expect(errorsOf(input)).toContainEqual({ path: `q_${q.id}`, message: "answerRequired" });
    }
  });

  it("refuses an empty multiple-choice answer", () => {
    expect(errorsOf({ ...valid(), "q_m1-u1-q2": [] })).toContainEqual({
      path: "q_m1-u1-q2",
      message: "answerRequired",
    });
  });

  it("refuses a choice id that belongs to no choice of the question", () => {
    expect(errorsOf({ ...valid(), "q_m1-u1-q1": "true" })).toContainEqual({
      path: "q_m1-u1-q1",
      message: "invalidChoice",
    });
    expect(errorsOf({ ...valid(), "q_m1-u1-q3": "a" })).toContainEqual({
      path: "q_m1-u1-q3",
      message: "invalidChoice",
    });
    expect(errorsOf({ ...valid(), "q_m1-u1-q2": ["a", "z"] })[0]?.message).toBe("invalidChoice");
  });

  it("refuses several answers to a single-choice question", () => {
    expect(schema.safeParse({ ...valid(), "q_m1-u1-q1": ["a", "b"] }).success).toBe(false);
  });

  it("refuses more answers than the question has choices", () => {
    expect(schema.safeParse({ ...valid(), "q_m1-u1-q2": ["a", "b", "c", "d", "a"] }).success).toBe(false);
  });

  it("rejects unknown extra fields", () => {
    const issues = errorsOf({ ...valid(), "q_m9-u9-q9": "a", isAdmin: "1" });
    expect(issues.map((i) => i.message)).toContain("unknownField");
  });

  it("requires the attempt token", () => {
    const input = valid();
    delete input.token;
    expect(errorsOf(input)).toContainEqual({ path: "token", message: "attemptExpired" });
  });

  it("accepts a single string for a multiple-choice question", () => {
    const parsed = schema.safeParse({ ...valid(), "q_m1-u1-q2": "a" });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.["q_m1-u1-q2"]).toEqual(["a"]);
  });

  it("falls back to French for an unknown locale", () => {
    expect(schema.safeParse({ ...valid(), locale: "de" }).data?.locale).toBe("fr");
  });
});

describe("answersFromSubmission", () => {
  it("returns one sorted answer list per question", () => {
    const parsed = schema.parse(valid()) as Record<string, unknown>;
    expect(answersFromSubmission(quiz, parsed)).toEqual({
      "m1-u1-q1": ["b"],
      "m1-u1-q2": ["a", "c"],
      "m1-u1-q3": ["false"],
      "m1-u1-q4": ["d"],
      "m1-u1-q5": ["b", "d"],
      "m1-u1-q6": ["true"],
    });
  });

  it("gives an empty list for a missing answer and ignores non-string values", () => {
    const answers = answersFromSubmission(quiz, { "q_m1-u1-q2": ["c", 3, null, "a"] });
    expect(answers["m1-u1-q1"]).toEqual([]);
    expect(answers["m1-u1-q2"]).toEqual(["a", "c"]);
  });
});
