import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeQuiz, isPassing } from "@/lib/quiz/grade";
import { pooledQuiz, rightAnswers, sampleQuiz, singleChoiceQuiz } from "../fixtures/quiz";

/** Answers a single-choice quiz with `correct` right answers ("a") and the rest wrong ("b"). */
function answered(total: number, correct: number) {
  const quiz = singleChoiceQuiz(total);
  const answers = Object.fromEntries(quiz.questions.map((q, i) => [q.id, [i < correct ? "a" : "b"]]));
  return gradeQuiz(quiz, answers);
}

describe("gradeQuiz: the 80 % threshold", () => {
  it.each([
    [4, 5, true, 80],
    [7, 9, false, 77],
    [8, 10, true, 80],
    [79, 100, false, 79],
    [80, 100, true, 80],
    [5, 6, true, 83],
    [4, 6, false, 66],
    [6, 6, true, 100],
    [0, 6, false, 0],
  ])("%i right out of %i passes: %s (score shown %i %%)", (correct, total, passed, percent) => {
    const grade = answered(total, correct);
    expect(grade).toMatchObject({ correctCount: correct, questionCount: total, passed, scorePercent: percent });
  });

  it("never passes a quiz with no questions", () => {
    expect(isPassing(0, 0)).toBe(false);
    expect(gradeQuiz({ questions: [] }, {}).passed).toBe(false);
  });

  it("keeps the score between 0 and 100 and passes exactly when correct × 100 ≥ 80 × total", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total }))),
        ([total, correct]) => {
          const grade = answered(total, correct);
          expect(grade.correctCount).toBe(correct);
          expect(grade.scorePercent).toBeGreaterThanOrEqual(0);
          expect(grade.scorePercent).toBeLessThanOrEqual(100);
          expect(grade.passed).toBe(correct * 100 >= 80 * total);
        },
      ),
    );
  });
});

describe("gradeQuiz: each question is all-or-nothing", () => {
  const quiz = sampleQuiz(); // m1-u1-q2 is multiple-choice with ["a", "c"] correct
  const gradeQ2 = (answer: string[]) =>
    gradeQuiz(quiz, { ...rightAnswers(quiz), "m1-u1-q2": answer }).perQuestion["m1-u1-q2"];

  it("counts every question right when all answers are right", () => {
    const grade = gradeQuiz(quiz, rightAnswers(quiz));
    expect(grade).toMatchObject({ correctCount: 6, scorePercent: 100, passed: true });
    expect(Object.values(grade.perQuestion).every(Boolean)).toBe(true);
  });

  it("accepts the exact set of right choices in any order", () => {
    expect(gradeQ2(["a", "c"])).toBe(true);
    expect(gradeQ2(["c", "a"])).toBe(true);
  });

  it("refuses a subset of the right choices", () => {
    expect(gradeQ2(["a"])).toBe(false);
  });

  it("refuses a superset of the right choices", () => {
    expect(gradeQ2(["a", "b", "c"])).toBe(false);
  });

  it("does not let duplicates pass for the set", () => {
    expect(gradeQ2(["a", "a"])).toBe(false);
    expect(gradeQ2(["a", "c", "c"])).toBe(false);
  });

  it("counts a missing or empty answer as wrong", () => {
    const answers = rightAnswers(quiz);
    delete answers["m1-u1-q1"];
    answers["m1-u1-q3"] = [];
    const grade = gradeQuiz(quiz, answers);
    expect(grade.perQuestion).toMatchObject({ "m1-u1-q1": false, "m1-u1-q3": false, "m1-u1-q2": true });
    expect(grade.correctCount).toBe(4);
    expect(gradeQuiz(quiz, {}).correctCount).toBe(0);
  });

  it("ignores answers to questions that are not in the quiz", () => {
    const grade = gradeQuiz(quiz, { ...rightAnswers(quiz), "m9-u9-q9": ["a"] });
    expect(grade.questionCount).toBe(6);
    expect(Object.keys(grade.perQuestion)).not.toContain("m9-u9-q9");
  });

  it("grades only the questions the attempt drew from the bank", () => {
    const bank = pooledQuiz([4, 4, 4], 6);
    const drawn = ["m1-u1-q2", "m1-u1-q3", "m1-u1-q6", "m1-u1-q7", "m1-u1-q9", "m1-u1-q12"];
    // Right answers to the whole bank, one drawn question wrong: 5 of 6, whatever the 6 others say.
    const answers = { ...rightAnswers(bank), "m1-u1-q7": ["b"] };
    const grade = gradeQuiz(bank, answers, drawn);
    expect(grade).toMatchObject({ correctCount: 5, questionCount: 6, scorePercent: 83, passed: true });
    expect(Object.keys(grade.perQuestion).sort()).toEqual([...drawn].sort());
    // An id the bank no longer has (an edited quiz) is not counted.
    expect(gradeQuiz(bank, answers, [...drawn, "m1-u1-q99"]).questionCount).toBe(6);
  });
});
