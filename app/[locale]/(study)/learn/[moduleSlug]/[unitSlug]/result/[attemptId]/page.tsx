import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getUnit, localize } from "@/lib/content/load";
import { getNextStepView } from "@/lib/progress/next-step-view";
import { getResultView } from "@/lib/quiz/views";
import { ClearDraft } from "@/components/quiz/clear-draft";
import { QuestionHeader } from "@/components/quiz/question-header";
import { UnitLink } from "@/components/course/unit-link";
import { WithFrenchTerms } from "@/components/course/french-terms";
import { NextStepActions } from "./_components/next-step-actions";

type Params = Promise<{ locale: string; moduleSlug: string; unitSlug: string; attemptId: string }>;

// A title of its own, so the browser tab and screen readers tell each quiz and result apart (WCAG 2.4.2).
// Never indexed: one learner's result (app/robots.ts).
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, moduleSlug, unitSlug } = await params;
  const found = getUnit(moduleSlug, unitSlug);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: "quiz" });
  return { title: t("resultTitle", { title: localize(found.unit.title, locale) }), robots: { index: false } };
}

export default async function ResultPage({ params }: { params: Params }) {
  const { locale, moduleSlug, unitSlug, attemptId } = await params;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/learn/${moduleSlug}/${unitSlug}/result/${attemptId}`);
  const view = await getResultView(user.id, moduleSlug, unitSlug, attemptId, locale);
  if (!view) notFound();
  const { feedback } = view;
  // The first missed question that a lesson section teaches, in the order the questions were shown.
  const firstMissed = feedback.passed
    ? null
    : (feedback.questions.find((q) => !q.correct && q.section)?.section ?? null);
  const step = await getNextStepView(
    user,
    { unitId: view.unitId, passed: view.passed, firstMissedSection: firstMissed?.anchor ?? null },
    locale,
    now(),
  );
  if (!step) notFound();
  const t = await getTranslations({ locale, namespace: "quiz" });
  const toReview = feedback.questions.filter((q) => !q.correct);
  const unitHref = `/learn/${view.moduleSlug}/${view.unitSlug}`;
  const message =
    step.milestone === "failed"
      ? t("failed")
      : step.milestone === "track"
        ? t("passedTrack")
        : step.milestone === "module"
          ? t("passedModule", { module: view.moduleTitle })
          : t("passed");
  return (
    <div className="max-w-3xl">
      <ClearDraft unitId={view.unitId} />
      <h1 className="text-3xl font-bold text-brand-900">{t("resultTitle", { title: view.title })}</h1>
      <div
        className={`mt-4 rounded-lg border p-5 ${view.passed ? "border-green-300 bg-green-50" : "border-amber-300 bg-amber-50"}`}
      >
        <h2 className="text-2xl font-bold">
          {t("score", { percent: view.scorePercent, correct: view.correctCount, total: view.questionCount })}
        </h2>
        <p className="mt-1 text-lg">{message}</p>
        {step.action.kind === "dashboard" ? <p className="mt-1">{t("laterModules")}</p> : null}
      </div>
      <NextStepActions
        step={step}
        unitHref={unitHref}
        sectionTitle={firstMissed?.title ?? null}
        nextInModule={view.next}
        moduleSlug={view.moduleSlug}
      />
      {toReview.length > 0 ? (
        <section aria-labelledby="review" className="mt-6">
          <h2 id="review" className="text-xl font-bold text-brand-900">
            {t("toReview")}
          </h2>
          <p className="mt-1 text-slate-700">{feedback.passed ? t("toReviewText") : t("toReviewFailed")}</p>
        </section>
      ) : null}
      <h2 className="mt-8 text-xl font-bold text-brand-900">{t("details")}</h2>
      {feedback.passed ? (
        <ol className="mt-3 space-y-4">
          {feedback.questions.map((q, i) => (
            <li key={q.id} className={`rounded-lg border p-4 ${q.correct ? "border-green-300" : "border-red-300"}`}>
              <QuestionHeader as="h3" n={i + 1} prompt={q.prompt} />
              <p className={`mt-1 font-semibold ${q.correct ? "text-green-800" : "text-red-800"}`}>
                {q.correct ? t("correct") : t("incorrect")}
              </p>
              <ul className="mt-2 space-y-1">
                {q.choices.map((c) => (
                  <li key={c.id}>
                    {c.isAnswer ? "✓ " : "· "}
                    <span className={c.isAnswer ? "font-semibold" : ""}>
                      <WithFrenchTerms text={c.text} locale={locale} />
                    </span>
                    {c.chosen ? <span className="text-sm text-muted"> ({t("yourAnswer")})</span> : null}
                    {c.isAnswer ? <span className="sr-only"> ({t("rightAnswer")})</span> : null}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-slate-700">
                <WithFrenchTerms text={q.explanation} locale={locale} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <>
          <p className="mt-1 text-slate-700">{t("correctionAfterPass")}</p>
          <ol className="mt-3 space-y-4">
            {feedback.questions.map((q, i) => (
              <li key={q.id} className={`rounded-lg border p-4 ${q.correct ? "border-green-300" : "border-red-300"}`}>
                <QuestionHeader as="h3" n={i + 1} prompt={q.prompt} />
                <p className={`mt-1 font-semibold ${q.correct ? "text-green-800" : "text-red-800"}`}>
                  {q.correct ? t("correct") : t("incorrect")}
                </p>
                <ul className="mt-2 space-y-1">
                  {q.choices.map((c) => (
                    <li key={c.id}>
                      ·{" "}
                      <span>
                        <WithFrenchTerms text={c.text} locale={locale} />
                      </span>
                      {c.chosen ? <span className="text-sm text-muted"> ({t("yourAnswer")})</span> : null}
                    </li>
                  ))}
                </ul>
                {q.section ? (
                  <p className="mt-2">
                    <UnitLink
                      href={`${unitHref}#${q.section.anchor}`}
                      className="font-semibold text-brand-800 underline"
                    >
                      {t("readSection", { section: q.section.title })}
                    </UnitLink>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
