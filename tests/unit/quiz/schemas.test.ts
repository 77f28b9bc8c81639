import { describe, expect, it } from "vitest";
import { answeredQuestionIds, answersFromSubmission, submissionSchema } from "@/lib/quiz/schemas";
import { pooledQuiz, sampleQuiz } from "../fixtures/quiz";

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

describe("a submission to a drawn attempt", () => {
  const bank = pooledQuiz([4, 4, 4], 6);
  const drawn = ["m1-u1-q1", "m1-u1-q2", "m1-u1-q5", "m1-u1-q6", "m1-u1-q9", "m1-u1-q10"];
  const answers = () => ({
    locale: "fr",
    token: "t".repeat(40),
    ...Object.fromEntries(drawn.map((id) => [`q_${id}`, "a"])),
  });

  it("accepts answers to exactly the drawn questions", () => {
    const parsed = submissionSchema(bank, drawn).safeParse(answers());
    expect(parsed.success).toBe(true);
    expect(Object.keys(answersFromSubmission(bank, parsed.data as Record<string, unknown>, drawn)).sort()).toEqual(
      [...drawn].sort(),
    );
  });

  it("requires every drawn question and refuses an answer to a question of the bank that was not drawn", () => {
    const schema = submissionSchema(bank, drawn);
    const missing: Record<string, unknown> = answers();
    delete missing["q_m1-u1-q9"];
    expect(schema.safeParse(missing).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["q_m1-u1-q9", "answerRequired"],
    ]);
    expect(schema.safeParse({ ...answers(), "q_m1-u1-q3": "a" }).error?.issues[0]?.message).toBe("unknownField");
  });

  it("keeps one schema per draw, whatever the order of its questions", () => {
    expect(submissionSchema(bank, [...drawn].reverse())).toBe(submissionSchema(bank, drawn));
    expect(submissionSchema(bank, drawn.slice(1))).not.toBe(submissionSchema(bank, drawn));
  });

  it("lists the questions a form answers", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...answers(), "q_m1-u1-q3": "a" })) form.append(k, v);
    form.append("q_m1-u1-q3", "b");
    expect(answeredQuestionIds(form).sort()).toEqual([...drawn, "m1-u1-q3"].sort());
  });
});
