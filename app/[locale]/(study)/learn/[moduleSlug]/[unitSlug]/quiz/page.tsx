import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentSession, requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getUnit, localize } from "@/lib/content/load";
import { Link } from "@/lib/i18n/navigation";
import { OPEN_UNIT, isOpenUnit } from "@/lib/progress/open-unit";
import { getQuizView } from "@/lib/quiz/views";
import { QuizForm } from "@/components/quiz/quiz-form";
import { UnitLink } from "@/components/course/unit-link";

/** Whole minutes, rounded up: "1 minute" rather than "0" for the last seconds. */
const minutesOf = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

type Params = Promise<{ locale: string; moduleSlug: string; unitSlug: string }>;

// A title of its own, so the browser tab and screen readers tell each quiz and result apart (WCAG 2.4.2).
// Never indexed: a learner's own quiz, or the open unit's invitation to sign up (app/robots.ts).
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, moduleSlug, unitSlug } = await params;
  const found = getUnit(moduleSlug, unitSlug);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: "quiz" });
  return { title: t("title", { title: localize(found.unit.title, locale) }), robots: { index: false } };
}

export default async function QuizPage({ params }: { params: Params }) {
  const { locale, moduleSlug, unitSlug } = await params;
  setRequestLocale(locale);
  const here = `/${locale}/learn/${moduleSlug}/${unitSlug}/quiz`;
  // A visitor who studied the open unit is asked to create an account, and comes back here afterwards.
  if (isOpenUnit(moduleSlug, unitSlug) && !(await getCurrentSession()))
    return <VisitorQuiz locale={locale} next={here} />;
  const { user } = await requireUser(locale, here);
  const view = await getQuizView(user.id, moduleSlug, unitSlug, locale, now());
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: "quiz" });
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <UnitLink className="text-brand-800 underline" href={`/learn/${view.moduleSlug}/${view.unitSlug}`}>
          ← {view.title}
        </UnitLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("title", { title: view.title })}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {view.availability.status === "open" && view.study.waitSeconds !== 0 ? (
        <div role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-4">
          <p>
            {view.study.waitSeconds === null
              ? t("studyFirst", { minutes: minutesOf(view.study.minSeconds) })
              : t("studyLonger", { minutes: minutesOf(view.study.waitSeconds) })}
          </p>
          <p className="mt-2">
            <UnitLink
              className="font-semibold text-brand-800 underline"
              href={`/learn/${view.moduleSlug}/${view.unitSlug}`}
            >
              {t("readLesson", { title: view.title })}
            </UnitLink>
          </p>
        </div>
      ) : null}
      <div className="mt-6">
        {view.availability.status === "open" ? (
          <QuizForm unitId={view.unitId} token={view.token} locale={locale} questions={view.questions} />
        ) : (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
            {t("closed")}
          </p>
        )}
      </div>
    </div>
  );
}

async function VisitorQuiz({ locale, next }: { locale: string; next: string }) {
  const found = getUnit(OPEN_UNIT.moduleSlug, OPEN_UNIT.unitSlug)!;
  const title = localize(found.unit.title, locale);
  const t = await getTranslations({ locale, namespace: "quiz" });
  const unitHref = `/learn/${OPEN_UNIT.moduleSlug}/${OPEN_UNIT.unitSlug}`;
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <UnitLink className="text-brand-800 underline" href={unitHref}>
          ← {title}
        </UnitLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("title", { title })}</h1>
      <div className="mt-6 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-5">
        <p className="text-lg text-slate-900">{t("visitorLead")}</p>
        <p className="mt-2 text-slate-800">{t("visitorStudied")}</p>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Link
            href={`/sign-up?next=${encodeURIComponent(next)}`}
            className="rounded bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900"
          >
            {t("visitorSignUp")}
          </Link>
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-800 underline">
            {t("visitorSignIn")}
          </Link>
        </div>
      </div>
    </div>
  );
}
