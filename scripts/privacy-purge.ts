// `npm run privacy:purge [-- --dry-run]`: the retention and cleanup jobs, run now (warnings, then
// deletions; unconfirmed accounts, expired tokens), then the emails they queued.
import { closeDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { drainJobs, stopJobs } from "../lib/jobs";
import { runAccountCleanup, runRetentionPurge } from "../lib/privacy/purge";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  await migrateDatabase();
  const purge = await runRetentionPurge({ dryRun });
  const cleanup = await runAccountCleanup({ dryRun });
  if (!dryRun) await drainJobs({ queues: ["email"], budgetMs: 60_000 });
  await stopJobs();
  await closeDatabase();
  console.log(
    `${dryRun ? "[dry run] would warn" : "warned"} ${purge.warned}, ${dryRun ? "would delete" : "deleted"} ${purge.deleted} account(s); ` +
      `unconfirmed accounts ${cleanup.unconfirmed}; expired tokens ${cleanup.expiredTokens}; expired rate-limit counters ${cleanup.expiredRateLimits}; ` +
      `expired anonymous request records ${cleanup.expiredRequestRecords}`,
  );
}

void main();
