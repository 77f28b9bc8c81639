// The rules of a unit's question bank (pure): enough questions for two different attempts, each
// question tagged with the objective it measures, every objective able to fill its share of a draw.
import type { Quiz } from "./schemas";

/** One message per rule the quiz breaks (empty when its bank can be drawn from as lib/quiz/draw.ts does). */
export function poolProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const { perAttempt, objectives = [] } = quiz;
  if (perAttempt === undefined) problems.push(`field "perAttempt" is missing (how many questions an attempt draws)`);
  if (objectives.length === 0) problems.push(`field "objectives" is missing (the learning objectives the questions measure)`);
  const untagged = quiz.questions.filter((q) => !q.objective).map((q) => q.id);
  if (untagged.length === quiz.questions.length) problems.push(`no question has an objective`);
  else for (const id of untagged) problems.push(`question "${id}" has no objective`);
  if (perAttempt === undefined || objectives.length === 0) return problems;
  if (quiz.questions.length < 2 * perAttempt) {
    problems.push(
      `the bank has ${quiz.questions.length} questions; it needs at least ${2 * perAttempt} (twice perAttempt, ${perAttempt})`,
    );
  }
  // A balanced draw gives each objective ⌊n / k⌋ or ⌈n / k⌉ questions: each needs at least ⌈n / k⌉.
  const needed = Math.ceil(perAttempt / objectives.length);
  for (const o of objectives) {
    const count = quiz.questions.filter((q) => q.objective === o.id).length;
    if (count < needed) {
      problems.push(
        `objective "${o.id}" has ${count} question(s); a balanced draw of ${perAttempt} across ${objectives.length} objectives needs ${needed}`,
      );
    }
  }
  return problems;
}
