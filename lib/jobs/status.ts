// What the queues hold, for the staff page and for metrics: counts by state and the jobs that failed.
import "server-only";
import { getBoss } from "./index";
import { QUEUE_NAMES } from "./queues";

/** SMTP errors often quote the recipient: staff see the reason, not the address. */
export function redactAddresses(message: string): string {
  return message.replace(/[^\s<>"',;:()]+@[^\s<>"',;:()]+/g, "[address]");
}

export interface JobCounts {
  /** Waiting to run, including jobs waiting for their next retry. */
  queued: number;
  active: number;
  /** Gave up after their last retry (kept 30 days). */
  failed: number;
}

export async function getJobCounts(): Promise<JobCounts> {
  const boss = await getBoss();
  const { rows } = await boss.getDb().executeSql(
    `select state, count(*)::int as n from pgboss.job
      where name = any($1) and state in ('created', 'retry', 'active', 'failed') group by state`,
    // Vigie's queues only: pg-boss's own (its cron relay) are not work an operator can act on.
    [[...QUEUE_NAMES]],
  );
  const count = (states: string[]) =>
    (rows as { state: string; n: number }[]).filter((r) => states.includes(r.state)).reduce((s, r) => s + r.n, 0);
  return { queued: count(["created", "retry"]), active: count(["active"]), failed: count(["failed"]) };
}

export interface FailedJob {
  id: string;
  queue: string;
  /** The email's template, for email jobs. */
  template: string | null;
  attempts: number;
  error: string | null;
  createdAt: Date;
  failedAt: Date | null;
}

/** The most recent failed jobs, without any personal data (no address, no link). */
export async function findFailedJobs(limit = 20): Promise<FailedJob[]> {
  const boss = await getBoss();
  const { rows } = await boss.getDb().executeSql(
    `select j.id, j.name, o.template, j.retry_count, j.output->>'message' as error, j.created_on, j.completed_on
       from pgboss.job j left join public.email_outbox o on j.name = 'email' and o.id = j.id
      where j.name = any($1) and j.state = 'failed' order by j.completed_on desc nulls last limit $2`,
    [[...QUEUE_NAMES], limit],
  );
  return (rows as Record<string, unknown>[]).map((r) => ({
    id: String(r.id),
    queue: String(r.name),
    template: (r.template as string | null) ?? null,
    attempts: Number(r.retry_count) + 1,
    error: typeof r.error === "string" ? redactAddresses(r.error).slice(0, 200) : null,
    // Both drivers return timestamptz columns as Date objects.
    createdAt: r.created_on as Date,
    failedAt: (r.completed_on as Date | null) ?? null,
  }));
}
