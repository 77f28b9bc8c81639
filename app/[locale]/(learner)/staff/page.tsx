import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import Link from "next/link";
import { getStatistics } from "@/lib/staff/queries";
import { findDataRequests } from "@/lib/staff/request-queries";
import { now as clockNow } from "@/lib/clock";
import { isTerminal } from "@/lib/privacy/request-workflow";
import { findRectificationContexts } from "@/lib/certificates/rectification";
import { normaliseVerificationCode } from "@/lib/certificates/verification-code";
import { Alert } from "@/components/ui/alert";
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

export default async function StaffPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ rectified?: string | string[] }>;
}) {
  const { locale } = await params;
  const rectified = rectifiedCodes((await searchParams).rectified);
  setRequestLocale(locale);
  await requireStaff(locale, `/${locale}/staff`);
  const t = await getTranslations({ locale, namespace: "staff" });
  const text = {
    t,
    tp: await getTranslations({ locale, namespace: "privacy" }),
    td: await getTranslations({ locale, namespace: "staffConsole.dpo" }),
    format: await getFormatter({ locale }),
  };
  const { format } = text;
  const now = clockNow();
  const [stats, requests, jobs, failedJobs] = await Promise.all([
    getStatistics(),
    findDataRequests(),
    getJobCounts(),
    findFailedJobs(),
  ]);
  const rectifiable = await findRectificationContexts(
    requests.flatMap((r) => (r.kind === "rectification" && !isTerminal(r.status) && r.userId ? [r.userId] : [])),
  );
  return (
    <div className="space-y-8">
      <StaffNav locale={locale} current="" labels={await staffNavLabels(locale)} />
      <Heading level={1}>{t("title")}</Heading>
      {rectified.length > 0 ? <Alert tone="success">{t("rectifyDone", { codes: rectified.join(", ") })}</Alert> : null}
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
        <p className="mt-2">{text.td("queueLead")}</p>
        <p className="mt-2">
          <Link href={`/${locale}/staff/requests/new`} className="font-semibold text-brand-800 underline">
            {text.td("recordLink")}
          </Link>
        </p>
        {requests.length === 0 ? <p className="mt-2">{t("noRequests")}</p> : null}
        <ul className="mt-3 space-y-3">
          {requests.map((r) => (
            <DataRequestItem
              key={r.id}
              request={r}
              locale={locale}
              now={now}
              rectification={r.userId ? rectifiable.get(r.userId) : undefined}
              text={text}
            />
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

/** ?rectified= after a granted rectification: the new codes, only if they read as codes (never echoed text). */
function rectifiedCodes(value: string | string[] | undefined): string[] {
  if (typeof value !== "string") return [];
  const codes = value.split(",").slice(0, 5).map(normaliseVerificationCode);
  return codes.every((c) => c !== null) ? (codes as string[]) : [];
}
