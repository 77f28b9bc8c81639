// Start-up of a server process: validate the environment, migrate, and fail with one clear line.
import "server-only";
import { logger } from "@/lib/observability/logger";

const globalForStart = globalThis as unknown as { vigieStarted?: Promise<void> };

export function startServerOnce(): Promise<void> {
  globalForStart.vigieStarted ??= start();
  return globalForStart.vigieStarted;
}

async function start(): Promise<void> {
  try {
    const { env } = await import("@/lib/env.mjs");
    // The signing secret and the certificate key are resolved before anything else: a refusal stops the start here, in one line.
    void env.AUTH_SECRET;
    void env.certificateKeys;
    // An invalid OIDC setting is logged here (one line naming the variable) and only hides its button.
    (await import("@/lib/auth/oidc/providers")).configuredOidcProviders();
    const { migrateDatabase } = await import("@/db/migrate");
    const { getDriver } = await import("@/db/client");
    await migrateDatabase();
    // This process works the job queues (emails, retention, cleanup) and keeps their schedules; on
    // Vercel, with no process between requests, the cron route and each enqueue drain them instead.
    const jobs = await import("@/lib/jobs");
    if (!env.isVercel) await jobs.startJobWorkers();
    const { getJobCounts } = await import("@/lib/jobs/status");
    (await import("@/lib/observability/metrics")).setJobCountsSource(getJobCounts);
    if (env.EVENT_LOOP_STATS_FILE) (await import("./event-loop-stats")).recordEventLoopDelay(env.EVENT_LOOP_STATS_FILE);
    logger.info(`database ready (${getDriver()}${env.DATABASE_URL ? "" : `, ${env.PGLITE_DIR}`})`);
  } catch (error) {
    logger.fatal(`cannot start: ${describeStartError(error)}`);
    process.exit(1);
  }
}

export function describeStartError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/environment variable/i.test(message)) return message;
  if (process.env.DATABASE_URL) {
    return `the database at DATABASE_URL is unreachable or refused the migrations (${message.split("\n")[0]})`;
  }
  return `the embedded database could not be opened (${message.split("\n")[0]})`;
}
