// Deterministic shuffling from a seed (pure), so an attempt's order can be rebuilt from its token.
import type { Quiz } from "@/lib/content/schemas";

export type Random = () => number;

/** mulberry32: a small, fast generator of numbers in [0, 1); the same seed gives the same sequence. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export type QuestionOrder = { questionId: string; choiceIds: string[] }[];

/**
 * The order an attempt shows: the questions `questionIds` (drawn for the attempt, in their drawn order;
 * every question, shuffled, when omitted), each with its choices shuffled. True/false questions keep
 * "true" before "false". Ids that are not in the quiz are left out.
 */
export function orderQuiz(quiz: Quiz, seed: number, questionIds?: readonly string[]): QuestionOrder {
  const random = seededRandom(seed);
  const questions = questionIds
    ? questionIds.flatMap((id) => quiz.questions.filter((q) => q.id === id))
    : shuffled(quiz.questions, random);
  return questions.map((q) => ({
    questionId: q.id,
    choiceIds: q.kind === "truefalse" ? q.choices.map((c) => c.id) : shuffled(q.choices, random).map((c) => c.id),
  }));
}
