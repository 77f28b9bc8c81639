// Quiz grading (pure): all-or-nothing per question asked, a unit passes at 80 % or more.
import type { Quiz } from "@/lib/content/schemas";

export const PASS_PERCENT = 80;

export type Answers = Record<string, string[]>;

export interface Grade {
  correctCount: number;
  questionCount: number;
  /** Rounded down for display; `passed` is computed exactly. */
  scorePercent: number;
  passed: boolean;
  perQuestion: Record<string, boolean>;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));
}

export function isPassing(correctCount: number, questionCount: number): boolean {
  return questionCount > 0 && correctCount * 100 >= PASS_PERCENT * questionCount;
}

/** Grades the questions an attempt asked (`questionIds`, drawn from the bank; every question by default). */
export function gradeQuiz(quiz: Quiz, answers: Answers, questionIds?: readonly string[]): Grade {
  const asked = questionIds ? quiz.questions.filter((q) => questionIds.includes(q.id)) : quiz.questions;
  const perQuestion: Record<string, boolean> = {};
  for (const q of asked) perQuestion[q.id] = sameSet(answers[q.id] ?? [], q.correct);
  const correctCount = Object.values(perQuestion).filter(Boolean).length;
  const questionCount = asked.length;
  return {
    correctCount,
    questionCount,
    scorePercent: Math.floor((correctCount * 100) / questionCount),
    passed: isPassing(correctCount, questionCount),
    perQuestion,
  };
}
