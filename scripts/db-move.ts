// `npm run db:move -- postgres://…`: moves the embedded database (PGLITE_DIR) into an empty PostgreSQL database.
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { MoveRefused, moveDatabase } from "../db/move";
import { env } from "../lib/env.mjs";

const targetSchema = z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL");

async function main() {
  const args = process.argv.slice(2);
  const parsed = targetSchema.safeParse(args[0]);
  if (args.length !== 1 || !parsed.success) {
    console.error("usage: npm run db:move -- postgres://user:password@host:5432/empty_database");
    process.exit(2);
  }
  const started = performance.now();
  try {
    const report = await moveDatabase({
      pgliteDir: env.PGLITE_DIR,
      targetUrl: parsed.data,
      log: (line) => console.log(`[vigie] ${line}`),
    });
    const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `[vigie] moved ${rows} rows in ${report.tables.length} tables, ${report.sequences} sequences, ${report.triggers} triggers re-enabled, in ${seconds} s`,
    );
    console.log("[vigie] next: start the app with DATABASE_URL set to the target (and AUTH_SECRET, see the README)");
  } catch (error) {
    const reason =
      error instanceof MoveRefused
        ? error.message
        : (error instanceof Error ? error.message : String(error)).split("\n")[0];
    console.error(`[vigie] db:move refused: ${reason}; nothing was written`);
    process.exit(1);
  }
}

void main();
