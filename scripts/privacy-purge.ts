// `npm run privacy:purge [-- --dry-run]`: the one-year retention job (warnings, then deletions).
import { closeDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { runRetentionPurge } from "../lib/privacy/purge";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  await migrateDatabase();
  const report = await runRetentionPurge({ dryRun });
  await closeDatabase();
  console.log(
    `${dryRun ? "[dry run] would warn" : "warned"} ${report.warned}, ${dryRun ? "would delete" : "deleted"} ${report.deleted} account(s); ` +
      `unconfirmed accounts ${report.unconfirmed}; expired tokens ${report.expiredTokens}; expired rate-limit counters ${report.expiredRateLimits}; ` +
      `expired anonymous request records ${report.expiredRequestRecords}`,
  );
}

void main();
