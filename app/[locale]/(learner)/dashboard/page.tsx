import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { findOwnCertificates, toCertificateView } from "@/lib/certificates/queries";
import { getChecklists } from "@/lib/checklists/catalogue";
import { findAllTicks } from "@/lib/checklists/ticks";
import { localize } from "@/lib/content/load";
import { getDashboard } from "@/lib/progress/queries";
import { getResumeView } from "@/lib/progress/me";
import { formatVideoTime } from "@/lib/progress/personal";
import { localeOf } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { CertificateList } from "@/components/certificate/certificate-list";
import { UnitLink } from "@/components/course/unit-link";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("dashboard", "title");

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/dashboard`);
  const [view, certificates, resume, ticks] = await Promise.all([
    getDashboard(user.id, user.track, user.professionalCategory, locale, now()),
    findOwnCertificates(user.id),
    getResumeView(user.id, user.track, locale, now()),
    findAllTicks(user.id),
  ]);
  // The checklists of the learner's track's modules, to tick, print or download.
  const inTrack = new Set(view.modules.filter((m) => m.inTrack).map((m) => m.slug));
  const checklists = getChecklists().filter((c) => inTrack.has(c.moduleSlug));
  // The certificate of the current track, as on the certificate page: once issued, the dashboard offers it.
  const certificate = certificates.find((c) => c.track === user.track);
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  // The professional's path: the modules their category requires only in part.
  const partial = view.modules.filter((m) => m.inTrack && m.units.some((u) => !u.required));
  const tp = await getTranslations({ locale, namespace: "personal" });
  const tc = await getTranslations({ locale, namespace: "certificate" });
  const tl = await getTranslations({ locale, namespace: "checklists" });
  const resumeWhere = resume?.sectionTitle
    ? tp("whereSection", { section: resume.sectionTitle })
    : resume && resume.videoSeconds > 0
      ? tp("whereVideo", { time: formatVideoTime(resume.videoSeconds) })
      : null;
  return (
    <div>
      <Heading level={1}>{t("title")}</Heading>
      <p className="mt-2 text-lg text-slate-700">
        {t("hello", { firstName: user.firstName })} {t(`track_${user.track}`)}
      </p>
      {user.track === "professional" && user.professionalCategory ? (
        <p className="mt-2 text-slate-800" data-testid="category-path">
          {partial.length > 0
            ? partial.map((m) =>
                t("pathIntro", {
                  category: ta(`category_${user.professionalCategory}`),
                  n: m.order,
                  required: m.units.filter((u) => u.required).length,
                  total: m.units.length,
                }),
              )
            : t("pathAll", { category: ta(`category_${user.professionalCategory}`) })}{" "}
          <Link className="text-brand-800 underline" href="/account">
            {t("changeCategory")}
          </Link>
        </p>
      ) : null}
      <Section id="next" title={t("nextStep")} frame="highlight" className="mt-6">
        {resume ? (
          <p className="mt-2">
            <UnitLink
              className="font-semibold text-brand-800 underline"
              href={`/learn/${resume.moduleSlug}/${resume.unitSlug}`}
            >
              {resumeWhere
                ? tp("resumeAt", { unit: resume.title, where: resumeWhere })
                : tp("resume", { unit: resume.title })}
            </UnitLink>
          </p>
        ) : null}
        {view.next && view.next.unitSlug !== resume?.unitSlug ? (
          <p className="mt-2">
            <UnitLink
              className="font-semibold text-brand-800 underline"
              href={`/learn/${view.next.moduleSlug}/${view.next.unitSlug}`}
            >
              {view.next.title}
            </UnitLink>
          </p>
        ) : resume ? null : (
          <p className="mt-2">{view.eligibility.eligible ? t("allDone") : t("nothingOpen")}</p>
        )}
      </Section>
      <Section id="cert" title={t("certificate")} className="mt-6">
        {certificate ? (
          <p className="mt-2">
            {t("issued")}{" "}
            <a
              className="font-semibold text-brand-800 underline"
              href={`/api/certificates/${certificate.verificationCode}/pdf`}
            >
              {t("downloadCertificate")}
            </a>{" "}
            ·{" "}
            <Link className="text-brand-800 underline" href="/certificate">
              {t("viewCertificate")}
            </Link>
          </p>
        ) : view.eligibility.eligible ? (
          <p className="mt-2">
            {t("eligible")}{" "}
            <Link className="font-semibold text-brand-800 underline" href="/certificate">
              {t("getCertificate")}
            </Link>
          </p>
        ) : (
          <>
            <p className="mt-2">{t("missing")}</p>
            <ul className="mt-2 list-disc pl-6">
              {view.eligibility.missing.map((m) => {
                const mod = view.modules.find((x) => x.slug === m.moduleSlug);
                return (
                  <li key={m.moduleSlug}>
                    {t("missingUnits", { module: mod?.title ?? m.moduleSlug, count: m.unitIds.length })}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Section>
      <Section id="my-certificates" title={tc("listTitle")} className="mt-6">
        <CertificateList
          certificates={certificates.map((c) => toCertificateView(c, localeOf(locale)))}
          currentTrack={user.track}
          locale={locale}
          level={3}
        />
        {certificates.length > 0 ? (
          <p className="mt-3">
            <Link className="text-brand-800 underline" href="/certificates">
              {tc("allCertificates")}
            </Link>
          </p>
        ) : null}
      </Section>
      {checklists.length > 0 ? (
        <Section id="checklists" title={tl("listTitle")} className="mt-6">
          <p className="mt-2 text-slate-700">{tl("listLead")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {checklists.map((c) => (
              <li key={c.id}>
                <Link className="text-brand-800 underline" href={`/checklists/${c.id}`}>
                  {localize(c.title, locale)}
                </Link>{" "}
                <span className="text-sm text-slate-700">
                  ({tl("progress", { done: ticks[c.id]?.length ?? 0, total: c.items.fr.length })})
                </span>
              </li>
            ))}
          </ul>
          {user.track === "professional" ? (
            <p className="mt-3">
              <span className="font-semibold">{tl("briefingTitle")}</span>{" "}
              <a
                className="text-brand-800 underline"
                href={`/api/resources/steward-briefing?locale=${localeOf(locale)}`}
              >
                {tl("briefing")}
              </a>
            </p>
          ) : null}
        </Section>
      ) : null}
      <div className="mt-8 space-y-8">
        {view.modules.map((m) => {
          const percent = Math.round((m.validatedCount / Math.max(1, m.units.length)) * 100);
          return (
            <Section
              key={m.slug}
              id={`m-${m.slug}`}
              frame="plain"
              title={
                <>
                  {t("moduleN", { n: m.order })} — {m.title}
                  {/* A real space, not a margin: screen readers and copied text would run the words together. */}
                  {!m.inTrack ? (
                    <>
                      {" "}
                      <span className="text-sm font-normal text-muted">({t("optional")})</span>
                    </>
                  ) : null}
                </>
              }
            >
              <div className="mt-2 flex items-center gap-3">
                <progress
                  className="h-3 w-64 max-w-full accent-brand-800"
                  max={m.units.length}
                  value={m.validatedCount}
                  aria-label={t("progressLabel", { module: m.title })}
                />
                <span className="text-sm">
                  {t("progress", { done: m.validatedCount, total: m.units.length, percent })}
                </span>
              </div>
              {m.status !== "open" ? <p className="mt-1 text-sm text-amber-900">{t(`status_${m.status}`)}</p> : null}
              <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
                {m.units.map((u) => (
                  <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <span>
                      <UnitLink className="text-brand-800 underline" href={`/learn/${m.slug}/${u.slug}`}>
                        {u.title}
                      </UnitLink>
                      {m.inTrack && !u.required ? (
                        <>
                          {" "}
                          <span className="text-sm text-muted">({t("notRequired")})</span>
                        </>
                      ) : null}
                    </span>
                    <span
                      className={`rounded px-2 py-0.5 text-sm ${u.state === "validated" ? "bg-green-50 text-green-800" : u.state === "failed" ? "bg-amber-50 text-amber-900" : "bg-slate-100 text-slate-800"}`}
                    >
                      {t(`state_${u.state}`)}
                      {u.bestScorePercent !== null ? ` · ${t("best", { percent: u.bestScorePercent })}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </Section>
          );
        })}
      </div>
    </div>
  );
}
