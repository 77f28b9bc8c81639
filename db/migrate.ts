// Applies the committed SQL migrations (start-up, `npm run db:migrate`, tests); safe to run from several instances.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { db, getDatabaseUrl, getDriver, rowsOf } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
const MIGRATION_LOCK_ID = 7_245_001;

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

let journal: Journal | null = null;

export function readJournal(): Journal {
  journal ??= JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as Journal;
  return journal;
}

export async function migrateDatabase(): Promise<void> {
  if (getDriver() === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // A dedicated connection holds an advisory lock so instances starting together migrate one at a time.
  const client = postgres(getDatabaseUrl() ?? "", { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** The tag of the newest applied migration, or null when none is applied. */
export async function getMigrationVersion(): Promise<string | null> {
  const rows = rowsOf<{ created_at: string | number }>(
    await db.execute(sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`),
  );
  if (!rows[0]) return null;
  const when = Number(rows[0].created_at);
  return readJournal().entries.find((e) => e.when === when)?.tag ?? String(when);
}

/**
 * Applies every committed migration inside a transaction the caller holds (db:move builds the target's
 * schema and copies the data in one transaction), recording them as Drizzle's migrator does, so a
 * later `migrateDatabase()` sees them applied.
 */
export async function migrateInTransaction(tx: postgres.TransactionSql): Promise<void> {
  await tx`create schema if not exists drizzle`;
  await tx`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
  for (const migration of readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER })) {
    for (const statement of migration.sql) await tx.unsafe(statement);
    await tx`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`;
  }
}
