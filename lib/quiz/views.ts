// Read models of the quiz page (no answers, time left to study) and of an attempt's result (the full
// correction after a pass; after a failure, only which questions were wrong and where the lesson teaches them).
import { localeOf } from "@/lib/i18n/locales";
import "server-only";
import { getAvailability } from "@/lib/content/availability";
import { compileMdxWithHeadings } from "@/lib/content/compile-mdx";
import { getUnit, localize } from "@/lib/content/load";
import type { Question } from "@/lib/content/schemas";
import { minStudySeconds, secondsBeforeQuiz } from "@/lib/progress/study-time";
import { drawSeed, issueAttemptToken, newAttemptSeed } from "./attempt-token";
import { getFirstView, getOwnAttempt, getPreviousDraws } from "./attempts";
import { drawQuestionIds } from "./draw";
import { gradeQuiz } from "./grade";
import { toPublicQuiz } from "./public-quiz";
import { orderQuiz, seededRandom } from "./shuffle";

export async function getQuizView(userId: string, moduleSlug: string, unitSlug: string, locale: string, now: Date) {
  const found = getUnit(moduleSlug, unitSlug);
  if (!found) return null;
  const { module, unit } = found;
  const minSeconds = minStudySeconds(unit);
  const [firstView, previous] = await Promise.all([getFirstView(userId, unit.id), getPreviousDraws(userId, unit.id)]);
  // The questions of this attempt, balanced across objectives, preferring those not asked lately.
  const random = seededRandom(drawSeed(userId, unit.id, previous.latestAttemptId));
  const questionIds = drawQuestionIds(unit.quiz, previous.questionIds, random);
  const seed = newAttemptSeed();
  const token = issueAttemptToken(userId, unit.id, now, { seed, questionIds });
  return {
    unitId: unit.id,
    moduleSlug: module.slug,
    unitSlug: unit.slug,
    title: localize(unit.title, locale),
    availability: getAvailability(module.releaseDate, now),
    /** waitSeconds: null while the lesson was never opened, 0 once the quiz may be sent. */
    study: { minSeconds, waitSeconds: secondsBeforeQuiz(firstView, minSeconds, now) },
    token,
    questions: toPublicQuiz(unit.quiz, orderQuiz(unit.quiz, seed, questionIds), locale),
  };
}

export interface ReviewedQuestion {
  id: string;
  prompt: string;
  correct: boolean;
  choices: { id: string; text: string; chosen: boolean }[];
}

/** After a pass: the full correction, right choices and explanations included. */
export interface CorrectedQuestion extends ReviewedQuestion {
  explanation: string;
  choices: { id: string; text: string; chosen: boolean; isAnswer: boolean }[];
}

/** After a failure: which questions were wrong and the lesson section teaching each, never the answers. */
export interface QuestionToReview extends ReviewedQuestion {
  section: { anchor: string; title: string } | null;
}

export type ResultFeedback =
  { passed: true; questions: CorrectedQuestion[] } | { passed: false; questions: QuestionToReview[] };

export async function getResultView(
  userId: string,
  moduleSlug: string,
  unitSlug: string,
  attemptId: string,
  locale: string,
) {
  const found = getUnit(moduleSlug, unitSlug);
  const attempt = found ? await getOwnAttempt(userId, attemptId) : null;
  if (!found || !attempt || attempt.unitId !== found.unit.id) return null;
  const { module, unit } = found;
  const lang = localeOf(locale);
  const index = module.units.findIndex((u) => u.id === unit.id);
  const next = module.units[index + 1];
  // Feedback uses the same grading function as the attempt's score, over the questions it drew.
  const graded = gradeQuiz(
    unit.quiz,
    attempt.answers,
    attempt.questionOrder.map((q) => q.questionId),
  );
  const headings = attempt.passed
    ? []
    : (await compileMdxWithHeadings(unit.mdx[lang], `${unit.dir}/${lang}.mdx`)).headings;
  const asked = attempt.questionOrder.flatMap(({ questionId, choiceIds }) => {
    const q = unit.quiz.questions.find((x) => x.id === questionId);
    return q ? [{ q, choiceIds, given: attempt.answers[q.id] ?? [], correct: graded.perQuestion[q.id] ?? false }] : [];
  });
  const choicesOf = (q: Question, choiceIds: string[], given: string[]) =>
    choiceIds.flatMap((id) => {
      const c = q.choices.find((x) => x.id === id);
      return c ? [{ id, text: localize(c.text, locale), chosen: given.includes(id) }] : [];
    });
  // Built separately on purpose: a failed attempt's read model never holds a right answer or an explanation.
  const feedback: ResultFeedback = attempt.passed
    ? {
        passed: true,
        questions: asked.map(({ q, choiceIds, given, correct }) => ({
          id: q.id,
          prompt: localize(q.prompt, locale),
          correct,
          explanation: localize(q.explanation, locale),
          choices: choicesOf(q, choiceIds, given).map((c) => ({ ...c, isAnswer: q.correct.includes(c.id) })),
        })),
      }
    : {
        passed: false,
        questions: asked.map(({ q, choiceIds, given, correct }) => {
          const heading = correct ? undefined : headings.find((h) => h.id === q.section[lang]);
          return {
            id: q.id,
            prompt: localize(q.prompt, locale),
            correct,
            choices: choicesOf(q, choiceIds, given),
            section: heading ? { anchor: heading.id, title: heading.text } : null,
          };
        }),
      };
  return {
    unitId: unit.id,
    moduleSlug: module.slug,
    unitSlug: unit.slug,
    title: localize(unit.title, locale),
    moduleTitle: localize(module.title, locale),
    scorePercent: attempt.scorePercent,
    correctCount: attempt.correctCount,
    questionCount: attempt.questionCount,
    passed: attempt.passed,
    feedback,
    next: next ? { slug: next.slug, title: localize(next.title, locale) } : null,
  };
}
