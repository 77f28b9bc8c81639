import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { findDataRequests, getStatistics } from "@/lib/staff/queries";
import { pageTitle } from "@/lib/i18n/page-title";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { DataRequestItem } from "@/components/staff/data-request-item";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";

export const generateMetadata = pageTitle("staff", "title");

export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, `/${locale}/staff`);
  const t = await getTranslations({ locale, namespace: "staff" });
  const text = {
    t,
    tp: await getTranslations({ locale, namespace: "privacy" }),
    format: await getFormatter({ locale }),
  };
  const [stats, requests] = await Promise.all([getStatistics(), findDataRequests()]);
  return (
    <div className="space-y-8">
      <StaffNav locale={locale} current="" labels={await staffNavLabels(locale)} />
      <Heading level={1}>{t("title")}</Heading>
      <Section id="stats" title={t("statistics")} frame="plain">
        <dl className="mt-3 grid gap-3 sm:grid-cols-3">
          {stats.byTrack.map((r) => (
            <div key={r.track} className="rounded border border-slate-200 p-3">
              <dt className="text-sm text-muted">{t(`learners_${r.track}`)}</dt>
              <dd className="text-2xl font-bold">{r.count}</dd>
            </div>
          ))}
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-muted">{t("validations")}</dt>
            <dd className="text-2xl font-bold">{stats.validations}</dd>
          </div>
          {stats.certificates.map((r) => (
            <div key={r.track} className="rounded border border-slate-200 p-3">
              <dt className="text-sm text-muted">{t(`certificates_${r.track}`)}</dt>
              <dd className="text-2xl font-bold">{r.count}</dd>
            </div>
          ))}
        </dl>
        {stats.kept.length > 0 ? (
          <ul className="mt-3 text-sm text-slate-700">
            {stats.kept.map((k) => (
              <li key={k.metric}>
                <code>{k.metric}</code> : {k.total}
              </li>
            ))}
          </ul>
        ) : null}
      </Section>
      <Section id="requests" title={t("requests")} frame="plain">
        {requests.length === 0 ? <p className="mt-2">{t("noRequests")}</p> : null}
        <ul className="mt-3 space-y-3">
          {requests.map((r) => (
            <DataRequestItem key={r.id} request={r} locale={locale} text={text} />
          ))}
        </ul>
      </Section>
    </div>
  );
}
