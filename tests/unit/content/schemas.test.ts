import { describe, expect, it } from "vitest";
import { moduleMetaSchema, quizSchema } from "@/lib/content/schemas";
import { question, sampleQuiz } from "../fixtures/quiz";

function issues(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const parsed = schema.safeParse(value);
  expect(parsed.success).toBe(false);
  return parsed.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];
}

describe("quizSchema", () => {
  it("accepts a valid quiz mixing single, multiple and true/false questions", () => {
    expect(quizSchema.safeParse(sampleQuiz()).success).toBe(true);
  });

  it("refuses a question without the lesson section that teaches it", () => {
    const quiz = sampleQuiz();
    const withoutSection: Record<string, unknown> = { ...quiz.questions[0]! };
    delete withoutSection.section;
    expect(issues(quizSchema, { questions: [withoutSection, ...quiz.questions.slice(1)] }).some((i) => i.path === "questions.0.section")).toBe(true);
  });

  it("refuses fewer than 6 questions", () => {
    const quiz = sampleQuiz();
    quiz.questions.pop();
    expect(issues(quizSchema, quiz)).toContainEqual({ path: "questions", message: "a quiz needs at least 6 questions" });
  });

  it("refuses a single-choice question with two correct answers", () => {
    const quiz = sampleQuiz();
    quiz.questions[0] = question(1, "single", ["a", "b"]);
    expect(issues(quizSchema, quiz)).toContainEqual({ path: "questions.0.correct", message: "a single question has exactly one correct answer" });
  });

  it("refuses a true/false question whose choices are not exactly true and false", () => {
    const quiz = sampleQuiz();
    const q = question(3, "truefalse", ["false"]);
    quiz.questions[2] = { ...q, choices: [{ id: "yes", text: { fr: "Oui", en: "Yes" } }, q.choices[1] ?? q.choices[0]!] };
    expect(issues(quizSchema, quiz).some((i) => i.path === "questions.2.choices" && i.message.includes('"true" and "false"'))).toBe(true);
  });

  it("refuses a correct id that is not among the choices", () => {
    const quiz = sampleQuiz();
    quiz.questions[1] = question(2, "multiple", ["a", "z"]);
    expect(issues(quizSchema, quiz)).toContainEqual({ path: "questions.1.correct", message: '"z" is not a choice id' });
  });

  it("refuses duplicate question ids", () => {
    const quiz = sampleQuiz();
    quiz.questions[5] = { ...question(6, "truefalse", ["true"]), id: "m1-u1-q1" };
    expect(issues(quizSchema, quiz)).toContainEqual({ path: "questions", message: "question ids must be unique" });
  });

  it("refuses duplicate choice ids within a question", () => {
    const quiz = sampleQuiz();
    const q = question(1, "single", ["a"]);
    quiz.questions[0] = { ...q, choices: [...q.choices, { id: "a", text: { fr: "Bis", en: "Again" } }] };
    expect(issues(quizSchema, quiz)).toContainEqual({ path: "questions.0.choices", message: "choice ids must be unique" });
  });

  it("names the field of a missing English translation", () => {
    const quiz = sampleQuiz() as unknown as { questions: { prompt: Record<string, string>; choices: { text: Record<string, string> }[] }[] };
    delete quiz.questions[3]!.prompt.en;
    expect(issues(quizSchema, quiz).map((i) => i.path)).toEqual(["questions.3.prompt.en"]);
    const other = sampleQuiz() as unknown as typeof quiz;
    other.questions[1]!.choices[2]!.text.en = "   ";
    expect(issues(quizSchema, other)).toEqual([{ path: "questions.1.choices.2.text.en", message: "must not be empty" }]);
  });

  it("refuses unknown fields on a question", () => {
    const quiz = sampleQuiz();
    Object.assign(quiz.questions[0]!, { hint: "x" });
    expect(quizSchema.safeParse(quiz).success).toBe(false);
  });
});

describe("moduleMetaSchema", () => {
  const meta = {
    id: "m1",
    title: { fr: "Titre", en: "Title" },
    summary: { fr: "Résumé", en: "Summary" },
    audience: "public",
    objectives: { fr: ["Un", "Deux", "Trois"], en: ["One", "Two", "Three"] },
    durationMinutes: 35,
    releaseDate: "2026-09-20",
  };

  it("accepts a valid module", () => {
    expect(moduleMetaSchema.safeParse(meta).success).toBe(true);
  });

  it("refuses English objectives that do not match the French list in length", () => {
    const value = { ...meta, objectives: { fr: ["Un", "Deux", "Trois"], en: ["One", "Two"] } };
    expect(issues(moduleMetaSchema, value)).toEqual([{ path: "objectives.en", message: "must have as many objectives as the French list" }]);
  });

  it("refuses a release date that is not YYYY-MM-DD", () => {
    expect(issues(moduleMetaSchema, { ...meta, releaseDate: "20/09/2026" }).map((i) => i.path)).toEqual(["releaseDate"]);
  });
});
