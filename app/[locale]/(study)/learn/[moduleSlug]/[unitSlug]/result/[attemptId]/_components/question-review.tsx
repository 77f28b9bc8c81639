import { useTranslations } from "next-intl";
import type { CorrectedQuestion, QuestionToReview, ResultFeedback } from "@/lib/quiz/views";
import { QuestionHeader } from "@/components/quiz/question-header";
import { UnitLink } from "@/components/course/unit-link";
import { WithFrenchTerms } from "@/components/course/french-terms";

/**
 * The result's question by question detail, one list for both outcomes: after a pass each question shows
 * its right choices and explanation; after a failure only whether it was missed and the section to reread
 * (the page's data holds nothing more, see lib/quiz/views.ts).
 */
export function QuestionReviewList({
  feedback,
  unitHref,
  locale,
}: {
  feedback: ResultFeedback;
  /** The unit page, without locale: each section link opens it at the section. */
  unitHref: string;
  locale: string;
}) {
  const questions: (CorrectedQuestion | QuestionToReview)[] = feedback.questions;
  return (
    <ol className="mt-3 space-y-4">
      {questions.map((q, i) => (
        <QuestionReview key={q.id} n={i + 1} question={q} unitHref={unitHref} locale={locale} />
      ))}
    </ol>
  );
}

function QuestionReview({
  n,
  question: q,
  unitHref,
  locale,
}: {
  n: number;
  question: CorrectedQuestion | QuestionToReview;
  unitHref: string;
  locale: string;
}) {
  const t = useTranslations("quiz");
  const corrected = "explanation" in q ? q : null;
  const section = "section" in q ? q.section : null;
  return (
    <li className={`rounded-lg border p-4 ${q.correct ? "border-green-300" : "border-red-300"}`}>
      <QuestionHeader as="h3" n={n} prompt={q.prompt} />
      <p className={`mt-1 font-semibold ${q.correct ? "text-green-800" : "text-red-800"}`}>
        {q.correct ? t("correct") : t("incorrect")}
      </p>
      <ul className="mt-2 space-y-1">
        {q.choices.map((c) => {
          const isAnswer = corrected ? corrected.choices.some((a) => a.id === c.id && a.isAnswer) : false;
          return (
            <li key={c.id}>
              {isAnswer ? "✓ " : "· "}
              <span className={isAnswer ? "font-semibold" : undefined}>
                <WithFrenchTerms text={c.text} locale={locale} />
              </span>
              {c.chosen ? <span className="text-sm text-muted"> ({t("yourAnswer")})</span> : null}
              {isAnswer ? <span className="sr-only"> ({t("rightAnswer")})</span> : null}
            </li>
          );
        })}
      </ul>
      {corrected ? (
        <p className="mt-2 text-slate-700">
          <WithFrenchTerms text={corrected.explanation} locale={locale} />
        </p>
      ) : null}
      {section ? (
        <p className="mt-2">
          <UnitLink href={`${unitHref}#${section.anchor}`} className="font-semibold text-brand-800 underline">
            {t("readSection", { section: section.title })}
          </UnitLink>
        </p>
      ) : null}
    </li>
  );
}
