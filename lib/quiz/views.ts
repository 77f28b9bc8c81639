// Read models of the quiz page (no answers) and of an attempt's result (with feedback).
import "server-only";
import { getAvailability } from "@/lib/content/availability";
import { getUnit, localize } from "@/lib/content/load";
import { issueAttemptToken } from "./attempt-token";
import { getOwnAttempt } from "./attempts";
import { gradeQuiz } from "./grade";
import { toPublicQuiz } from "./public-quiz";
import { orderQuiz } from "./shuffle";
import { readAttemptToken } from "./attempt-token";

export function getQuizView(userId: string, moduleSlug: string, unitSlug: string, locale: string, now: Date) {
  const found = getUnit(moduleSlug, unitSlug);
  if (!found) return null;
  const { module, unit } = found;
  const token = issueAttemptToken(userId, unit.id, now);
  const seed = readAttemptToken(token)?.seed ?? 0;
  return {
    unitId: unit.id,
    moduleSlug: module.slug,
    unitSlug: unit.slug,
    title: localize(unit.title, locale),
    availability: getAvailability(module.releaseDate, now),
    token,
    questions: toPublicQuiz(unit.quiz, orderQuiz(unit.quiz, seed), locale),
  };
}

export async function getResultView(userId: string, moduleSlug: string, unitSlug: string, attemptId: string, locale: string) {
  const found = getUnit(moduleSlug, unitSlug);
  const attempt = found ? await getOwnAttempt(userId, attemptId) : null;
  if (!found || !attempt || attempt.unitId !== found.unit.id) return null;
  const { module, unit } = found;
  const index = module.units.findIndex((u) => u.id === unit.id);
  const next = module.units[index + 1];
  // Feedback uses the same grading function as the attempt's score.
  const graded = gradeQuiz(unit.quiz, attempt.answers);
  const questions = attempt.questionOrder.flatMap(({ questionId, choiceIds }) => {
    const q = unit.quiz.questions.find((x) => x.id === questionId);
    if (!q) return [];
    const given = attempt.answers[q.id] ?? [];
    const correct = graded.perQuestion[q.id] ?? false;
    return [{
      id: q.id,
      prompt: localize(q.prompt, locale),
      correct,
      explanation: localize(q.explanation, locale),
      choices: choiceIds.flatMap((id) => {
        const c = q.choices.find((x) => x.id === id);
        return c ? [{ id, text: localize(c.text, locale), chosen: given.includes(id), isAnswer: q.correct.includes(id) }] : [];
      }),
    }];
  });
  return {
    unitId: unit.id,
    moduleSlug: module.slug,
    unitSlug: unit.slug,
    title: localize(unit.title, locale),
    scorePercent: attempt.scorePercent,
    correctCount: attempt.correctCount,
    questionCount: attempt.questionCount,
    passed: attempt.passed,
    questions,
    next: next ? { slug: next.slug, title: localize(next.title, locale) } : null,
  };
}
