// The job engine: one pg-boss per process, on the app's own database (PGlite through a small executor,
// PostgreSQL through pg-boss's pool). Jobs live in the `pgboss` schema, which pg-boss creates and migrates.
import "server-only";
import PgBoss from "pg-boss";
import { getPgliteClient } from "@/db/client";
import { env } from "@/lib/env.mjs";
import { logger } from "@/lib/observability/logger";

export type Boss = PgBoss;

/**
 * PGlite has no pool: pg-boss's statements go through the app's single client, which queues them
 * behind any open transaction. Statements without parameters may hold several commands (pg-boss's
 * schema migrations, its maintenance), which only the simple protocol (`exec`) accepts.
 */
function pgliteExecutor(): PgBoss.Db {
  const client = getPgliteClient();
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) return { rows: (await client.exec(text)).at(-1)?.rows ?? [] };
      return client.query(text, values);
    },
  };
}

export function createBoss(options: { supervise: boolean; schedule: boolean }): Boss {
  const connection: PgBoss.DatabaseOptions = env.DATABASE_URL
    ? { connectionString: env.DATABASE_URL, max: env.JOBS_POOL_MAX, application_name: "vigie-jobs" }
    : { db: pgliteExecutor() };
  // Failed jobs stay in the job table (not the archive) for 30 days: the staff page lists them.
  const boss = new PgBoss({ ...connection, ...options, migrate: true, archiveFailedAfterSeconds: 30 * 24 * 3600 });
  boss.on("error", (error: Error) => logger.error({ error: error.message.split("\n")[0] }, "job engine error"));
  return boss;
}
