import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { setDataRequestStatusAction } from "@/lib/staff/actions";
import { findDataRequests, getStatistics } from "@/lib/staff/queries";
import { findFailedJobs, getJobCounts } from "@/lib/jobs/status";
import { pageTitle } from "@/lib/i18n/page-title";
import { buttonStyles } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { PermalinkForm } from "@/components/ui/permalink-form";

const STATUSES = ["received", "in_progress", "closed"] as const;
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
  const tp = await getTranslations({ locale, namespace: "privacy" });
  const format = await getFormatter({ locale });
  const [stats, requests, jobs, failedJobs] = await Promise.all([
    getStatistics(),
    findDataRequests(),
    getJobCounts(),
    findFailedJobs(),
  ]);
  return (
    <div className="space-y-8">
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
            <li key={r.id} className="rounded border border-slate-200 p-3">
              <p className="font-semibold">
                {tp(`kind_${r.kind}`)} — {r.username} —{" "}
                {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.message}</p>
              <PermalinkForm action={setDataRequestStatusAction} className="mt-2 flex flex-wrap items-end gap-2">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={r.id} />
                <label className="text-sm">
                  {t("status")}{" "}
                  <select name="status" defaultValue={r.status} className="rounded border border-slate-500 px-2 py-1">
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {tp(`status_${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className={buttonStyles("primary", "sm")}>
                  {t("update")}
                </button>
              </PermalinkForm>
            </li>
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
