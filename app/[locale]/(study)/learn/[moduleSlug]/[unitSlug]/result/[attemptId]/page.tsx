import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getUnit, localize } from "@/lib/content/load";
import { getNextStepView } from "@/lib/progress/next-step-view";
import { getResultView } from "@/lib/quiz/views";
import { ClearDraft } from "@/components/quiz/clear-draft";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { NextStepActions } from "./_components/next-step-actions";
import { QuestionReviewList } from "./_components/question-review";

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
      <Heading level={1}>{t("resultTitle", { title: view.title })}</Heading>
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
        <Section id="review" title={t("toReview")} frame="plain" className="mt-6">
          <p className="mt-1 text-slate-700">{feedback.passed ? t("toReviewText") : t("toReviewFailed")}</p>
        </Section>
      ) : null}
      <Heading level={2} className="mt-8">
        {t("details")}
      </Heading>
      {feedback.passed ? null : <p className="mt-1 text-slate-700">{t("correctionAfterPass")}</p>}
      <QuestionReviewList feedback={feedback} unitHref={unitHref} locale={locale} />
    </div>
  );
}
