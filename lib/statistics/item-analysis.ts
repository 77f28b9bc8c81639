// Item analysis of a quiz question from rolled-up sums (pure): difficulty, discrimination, and the flags
// that tell an author which questions to rewrite.

/** Sums over the answers to one question; `rest` is the attempt's other questions answered right. */
export interface QuestionSums {
  answered: number;
  correct: number;
  sumRest: number;
  sumRestSquared: number;
  sumCorrectRest: number;
}

export const TOO_EASY = 0.95;
export const TOO_HARD = 0.4;
export const WEAK_DISCRIMINATION = 0.2;

export type ItemFlag = "tooEasy" | "tooHard" | "weakDiscrimination";

/** Share of answers that were right, or null with no answer. */
export function difficulty(s: QuestionSums): number | null {
  return s.answered > 0 ? s.correct / s.answered : null;
}

/**
 * Corrected point-biserial correlation between this question (0/1) and the rest of the attempt's score,
 * from sums only: r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), with Σx² = Σx for 0/1.
 * Null when either side never varies (everyone right, or every rest score equal): it is undefined there.
 */
export function pointBiserial(s: QuestionSums): number | null {
  const n = s.answered;
  const varX = n * s.correct - s.correct * s.correct;
  const varY = n * s.sumRestSquared - s.sumRest * s.sumRest;
  if (n < 2 || varX <= 0 || varY <= 0) return null;
  return (n * s.sumCorrectRest - s.correct * s.sumRest) / Math.sqrt(varX * varY);
}

export function itemFlags(p: number | null, r: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (p !== null && p > TOO_EASY) flags.push("tooEasy");
  if (p !== null && p < TOO_HARD) flags.push("tooHard");
  if (r !== null && r < WEAK_DISCRIMINATION) flags.push("weakDiscrimination");
  return flags;
}

export function addSums(a: QuestionSums, b: QuestionSums): QuestionSums {
  return {
    answered: a.answered + b.answered,
    correct: a.correct + b.correct,
    sumRest: a.sumRest + b.sumRest,
    sumRestSquared: a.sumRestSquared + b.sumRestSquared,
    sumCorrectRest: a.sumCorrectRest + b.sumCorrectRest,
  };
}
