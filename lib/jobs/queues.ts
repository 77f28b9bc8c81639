// Every background task of Vigie, as a pg-boss queue: its retry policy, its schedule, and what runs it.
import "server-only";
import type PgBoss from "pg-boss";

export const QUEUE_NAMES = ["email", "email-sweep", "retention-purge", "account-cleanup", "statistics-rollup"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

interface QueueDefinition {
  /** pg-boss queue options: a job still failing after retryLimit retries is left in the `failed` state. */
  options: Omit<PgBoss.Queue, "name">;
  /** Cron expression (Europe/Paris) for scheduled queues: one job per slot, whatever the number of instances. */
  cron?: string;
  /** How often an idle worker looks for jobs another instance queued (a local enqueue wakes it at once). */
  pollingIntervalSeconds: number;
  run: (data: Record<string, unknown>, job: { id: string; retryCount: number; retryLimit: number }) => Promise<unknown>;
}

export const QUEUES: Record<QueueName, QueueDefinition> = {
  // Each email is one job whose id is its email_outbox row's id. Back-off: 30 s, 1, 2, 4, 8 min.
  // expireIn stays above the SMTP timeouts (lib/email/send): an expired job is retried, so a job still
  // sending when it expires would be sent twice.
  email: {
    options: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
    pollingIntervalSeconds: 1,
    run: async (data, job) => (await import("@/lib/email/send")).deliverOutboxEmail(String(data.outboxId), job),
  },
  // Queues the emails whose row was committed but whose job was never created (an instance that died
  // between its commit and its enqueue, or a job engine unreachable at that moment).
  "email-sweep": {
    options: { retryLimit: 0, expireInSeconds: 60 },
    cron: "* * * * *",
    pollingIntervalSeconds: 5,
    run: async () => (await import("@/lib/email/send")).requeueStrandedEmails(),
  },
  "retention-purge": {
    options: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600 },
    cron: "0 3 * * *",
    pollingIntervalSeconds: 5,
    run: async () => (await import("@/lib/privacy/purge")).runRetentionPurge(),
  },
  "account-cleanup": {
    options: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600 },
    cron: "30 3 * * *",
    pollingIntervalSeconds: 5,
    run: async () => (await import("@/lib/privacy/purge")).runAccountCleanup(),
  },
  // Rebuilds the recent days of the staff statistics' rollups (lib/statistics/rollup.ts says why a job).
  "statistics-rollup": {
    options: { retryLimit: 2, retryDelay: 60, expireInSeconds: 1800 },
    cron: "*/10 * * * *",
    pollingIntervalSeconds: 5,
    run: async () => {
      const { ROLLUP_JOB_PACE, runStatisticsRollup } = await import("@/lib/statistics/rollup");
      return runStatisticsRollup(undefined, { pace: ROLLUP_JOB_PACE });
    },
  },
};
