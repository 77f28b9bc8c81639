import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { findDataRequests, getStatistics } from "@/lib/staff/queries";
import { findFailedJobs, getJobCounts } from "@/lib/jobs/status";
import { pageTitle } from "@/lib/i18n/page-title";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { DataRequestItem } from "@/components/staff/data-request-item";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";

const JOB_STATES = [
  ["queued", "jobsQueued"],
  ["active", "jobsActive"],
  ["failed", "jobsFailed"],
] as const;

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
  const { format } = text;
  const [stats, requests, jobs, failedJobs] = await Promise.all([
    getStatistics(),
    findDataRequests(),
    getJobCounts(),
    findFailedJobs(),
  ]);
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
      <Section id="jobs" title={t("jobs")} frame="plain">
        <dl className="mt-3 grid gap-3 sm:grid-cols-3">
          {JOB_STATES.map(([state, label]) => (
            <div key={state} className="rounded border border-slate-200 p-3">
              <dt className="text-sm text-muted">{t(label)}</dt>
              <dd className="text-2xl font-bold">{jobs[state]}</dd>
            </div>
          ))}
        </dl>
        {failedJobs.length === 0 ? <p className="mt-3">{t("noFailedJobs")}</p> : null}
        <ul className="mt-3 space-y-2">
          {failedJobs.map((job) => (
            <li key={job.id} className="rounded border border-slate-200 p-3 text-sm">
              <p className="font-semibold">
                {t("failedJob", {
                  queue: t(`queue_${job.queue}`),
                  attempts: job.attempts,
                  date: format.dateTime(job.failedAt ?? job.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
              {job.template ? <p>{t("jobTemplate", { template: job.template })}</p> : null}
              {job.error ? (
                <p className="break-words text-slate-800">
                  {t("jobError", { error: job.error })} <code className="text-xs">{job.id}</code>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
