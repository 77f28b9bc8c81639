// Draws one attempt's questions from a unit's bank (pure): `perAttempt` of them, balanced across the
// quiz's learning objectives, in random order; a retake prefers what the learner was not shown lately.
import type { Quiz } from "@/lib/content/schemas";
import { shuffled, type Random } from "./shuffle";

/** How many questions one attempt asks: `perAttempt` of a bank, or every question of a quiz without one. */
export function attemptSize(quiz: Quiz): number {
  return Math.min(quiz.perAttempt ?? quiz.questions.length, quiz.questions.length);
}

/**
 * The bank's question ids per objective, in the quiz's objective order; questions without a known
 * objective form a group of their own, and a quiz without objectives is one group.
 */
export function objectiveGroups(quiz: Quiz): string[][] {
  const known = new Set(quiz.objectives?.map((o) => o.id));
  const keys = [...known, ""];
  const groups = new Map(keys.map((k) => [k, [] as string[]]));
  for (const q of quiz.questions) groups.get(q.objective && known.has(q.objective) ? q.objective : "")?.push(q.id);
  return [...groups.values()].filter((g) => g.length > 0);
}

/**
 * How many questions each group gives: as even as the groups allow (two counts differ by at most one,
 * unless a group has no question left), the extra ones going to random groups — first to those whose
 * next question is the freshest. `groups` are sorted freshest first; `freshness` ranks a question id.
 */
function balancedQuotas(groups: string[][], size: number, freshness: (id: string) => number, random: Random) {
  const quotas = groups.map(() => 0);
  let left = size;
  while (left > 0) {
    const open = groups.flatMap((g, i) => ((quotas[i] ?? 0) < g.length ? [i] : []));
    if (open.length === 0) break;
    const level = Math.min(...open.map((i) => quotas[i] ?? 0));
    const atLevel = open.filter((i) => quotas[i] === level);
    const next = (i: number) => freshness(groups[i]?.[level] ?? "");
    // Shuffled, then sorted (a stable sort): ties between equally fresh groups are broken at random.
    const chosen =
      atLevel.length <= left
        ? atLevel
        : shuffled(atLevel, random)
            .sort((a, b) => next(b) - next(a))
            .slice(0, left);
    for (const i of chosen) quotas[i] = level + 1;
    left -= chosen.length;
  }
  return quotas;
}

/**
 * The question ids of a new attempt, in the order they are asked. `previous` lists the question ids of
 * the learner's previous attempts at this quiz, most recent first: a question never shown comes first,
 * then those shown longest ago, so a retake asks other questions as far as the bank allows, still
 * balanced. A quiz without `perAttempt` asks every question, shuffled.
 */
export function drawQuestionIds(quiz: Quiz, previous: readonly (readonly string[])[], random: Random): string[] {
  const lastShown = new Map<string, number>();
  previous.forEach((ids, age) => {
    for (const id of ids) if (!lastShown.has(id)) lastShown.set(id, age);
  });
  // Higher is fresher: never shown ranks above everything shown.
  const freshness = (id: string) => lastShown.get(id) ?? previous.length;
  const groups = objectiveGroups(quiz).map((g) => shuffled(g, random).sort((a, b) => freshness(b) - freshness(a)));
  const quotas = balancedQuotas(groups, attemptSize(quiz), freshness, random);
  return shuffled(
    groups.flatMap((g, i) => g.slice(0, quotas[i])),
    random,
  );
}
