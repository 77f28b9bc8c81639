import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getCourse } from "@/lib/content/load";
import { getUnitView } from "@/lib/content/unit-view";
import { Link } from "@/lib/i18n/navigation";
import { IntroVideo } from "@/components/course/intro-video";
import { MdxContent } from "@/components/course/mdx-content";
import { UnitLink } from "@/components/course/unit-link";
import { mdxComponents } from "@/components/mdx";
import { WithFrenchTerms } from "@/components/course/french-terms";
import { LessonToc } from "./_components/lesson-toc";
import { UnitProgress } from "./_components/unit-progress";
import { ResumePosition } from "./_components/resume-position";
import { buttonStyles } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

type Params = Promise<{ locale: string; moduleSlug: string; unitSlug: string }>;

// Prerendered: the lesson is the same for every learner. proxy.ts checks the session and the
// consent and records the view before this page is served (lib/auth/unit-gate.ts).
export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().modules.flatMap((m) => m.units.map((u) => ({ moduleSlug: m.slug, unitSlug: u.slug })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, moduleSlug, unitSlug } = await params;
  const view = await getUnitView(moduleSlug, unitSlug, locale);
  return view ? { title: view.title } : {};
}

export default async function UnitPage({ params }: { params: Params }) {
  const { locale, moduleSlug, unitSlug } = await params;
  setRequestLocale(locale);
  const view = await getUnitView(moduleSlug, unitSlug, locale);
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: "learn" });
  const format = await getFormatter({ locale });
  const longDate = (isoDate: string) => format.dateTime(new Date(`${isoDate}T12:00:00Z`), { dateStyle: "long" });
  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link className="text-brand-800 underline" href={`/modules/${view.moduleSlug}`}>
          {view.moduleTitle}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>{t("unitN", { n: view.position, total: view.unitCount })}</span>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{view.title}</h1>
      <p className="mt-2 text-lg text-slate-700">{view.summary}</p>
      <p className="mt-1 text-sm text-muted">
        {t("updated", { date: longDate(view.updatedAt) })} ·{" "}
        {view.reviewedAt ? <>{t("reviewed", { date: longDate(view.reviewedAt) })} · </> : null}
        {t("minutes", { count: view.durationMinutes })}
      </p>
      <UnitProgress moduleSlug={view.moduleSlug} unitId={view.id} />
      <div className="mt-6">
        <IntroVideo locale={locale} title={view.title} video={view.video} transcript={view.transcript} />
      </div>
      <LessonToc sections={view.sections} />
      <ResumePosition unitId={view.id} />
      <section aria-labelledby="lesson" className="mt-8">
        <h2 id="lesson" className="sr-only">
          {t("lesson")}
        </h2>
        <div
          data-lesson-body
          className="prose prose-slate max-w-3xl prose-headings:text-brand-900 prose-a:text-brand-800"
        >
          <MdxContent code={view.code} components={mdxComponents} />
        </div>
      </section>
      <Section id="resources" title={t("resources")} frame="plain" prominent className="mt-10 max-w-3xl">
        <ul className="mt-3 space-y-3">
          {view.resources.map((r) => (
            <li key={r.url}>
              <a href={r.url} className="font-semibold text-brand-800 underline" rel="noopener noreferrer">
                <WithFrenchTerms text={r.title} locale={locale} />
              </a>
              <p className="text-slate-700">
                <WithFrenchTerms text={r.description} locale={locale} />
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <div className="mt-10 rounded-lg bg-brand-50 p-5 print:hidden">
        <p className="text-slate-800">{t("quizIntro")}</p>
        <Link
          href={`/learn/${view.moduleSlug}/${view.slug}/quiz`}
          className={buttonStyles("primary", "xl", "mt-3 inline-block")}
        >
          {t("takeQuiz")}
        </Link>
      </div>
      <nav aria-label={t("unitNav")} className="mt-8 flex flex-wrap justify-between gap-4">
        {view.previous ? (
          <UnitLink className="text-brand-800 underline" href={`/learn/${view.moduleSlug}/${view.previous.slug}`}>
            ← {view.previous.title}
          </UnitLink>
        ) : (
          <span />
        )}
        {view.next ? (
          <UnitLink className="text-brand-800 underline" href={`/learn/${view.moduleSlug}/${view.next.slug}`}>
            {view.next.title} →
          </UnitLink>
        ) : null}
      </nav>
    </article>
  );
}
