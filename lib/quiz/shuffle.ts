// Deterministic shuffling from a seed (pure), so an attempt's order can be rebuilt from its token.
import type { Quiz } from "@/lib/content/schemas";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export type QuestionOrder = { questionId: string; choiceIds: string[] }[];

/** True/false questions keep "true" before "false"; everything else is shuffled. */
export function orderQuiz(quiz: Quiz, seed: number): QuestionOrder {
  const random = mulberry32(seed);
  return shuffled(quiz.questions, random).map((q) => ({
    questionId: q.id,
    choiceIds: q.kind === "truefalse" ? q.choices.map((c) => c.id) : shuffled(q.choices, random).map((c) => c.id),
  }));
}
