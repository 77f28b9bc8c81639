// The database connection: PGlite (embedded, in-process) when DATABASE_URL is unset, postgres.js otherwise.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { PglitePreparedQuery } from "drizzle-orm/pglite/session";
import { PostgresJsPreparedQuery } from "drizzle-orm/postgres-js/session";
import postgres from "postgres";
import { env } from "@/lib/env.mjs";
import { metrics } from "@/lib/observability/metrics";
import { observeQueries } from "./observe";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database handle or an open transaction: write functions accept either so they compose. */
export type Executor = Database | Transaction;
export type Driver = "pglite" | "postgres";

interface Connection {
  db: Database;
  driver: Driver;
  /** The PostgreSQL URL, null on PGlite. */
  url: string | null;
  close: () => Promise<void>;
  /** The embedded client itself, shared with the job engine (see lib/jobs/engine). */
  pglite?: PGlite;
}

/** Which database to open: PostgreSQL when a URL is given, otherwise the PGlite folder. */
export interface DatabaseTarget {
  databaseUrl?: string;
  pgliteDir: string;
}

function connectPglite(dataDir: string): Connection {
  if (!dataDir.startsWith("memory://")) mkdirSync(path.resolve(dataDir), { recursive: true });
  const client = new PGlite(dataDir);
  observeQueries(PglitePreparedQuery);
  metrics.dbPoolMax.set(1);
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Database;
  return { db, driver: "pglite", url: null, close: () => client.close(), pglite: client };
}

function connectPostgres(url: string): Connection {
  observeQueries(PostgresJsPreparedQuery);
  metrics.dbPoolMax.set(env.DB_POOL_MAX);
  const client = postgres(url, {
    max: env.DB_POOL_MAX,
    connect_timeout: 3,
    // postgres.js waits up to 20 s between reconnections after repeated failures; after a database
    // restart that kept the app unready long after PostgreSQL accepted connections again.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
    idle_timeout: 30,
    max_lifetime: 60 * 30,
    onnotice: () => {},
  });
  const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Database;
  return { db, driver: "postgres", url, close: () => client.end({ timeout: 5 }) };
}

export function connect(
  target: DatabaseTarget = { databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR },
): Connection {
  return target.databaseUrl ? connectPostgres(target.databaseUrl) : connectPglite(target.pgliteDir);
}

// One connection per process, shared by every bundle Next.js loads: two PGlite instances on one
// data folder silently lose writes, so the cache is global in production too.
const globalForDb = globalThis as unknown as { vigieDb?: Connection };

function getConnection(): Connection {
  globalForDb.vigieDb ??= connect();
  return globalForDb.vigieDb;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = getConnection().db as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export function getDriver(): Driver {
  return getConnection().driver;
}

/** The PostgreSQL URL `db` is connected to, null on PGlite. */
export function getDatabaseUrl(): string | null {
  return getConnection().url;
}

/** Tests and tools that work on two databases in turn: closes the current connection, then points `db` at `target`. */
export async function switchDatabase(target: DatabaseTarget): Promise<void> {
  await closeDatabase();
  globalForDb.vigieDb = connect(target);
}

/** The embedded database's client; only meaningful when DATABASE_URL is unset. */
export function getPgliteClient(): PGlite {
  const client = getConnection().pglite;
  if (!client) throw new Error("the embedded database is not in use (DATABASE_URL is set)");
  return client;
}

export async function closeDatabase(): Promise<void> {
  const conn = globalForDb.vigieDb;
  globalForDb.vigieDb = undefined;
  await conn?.close();
}

/** Rows of a raw `db.execute` result, whose shape differs between the two drivers. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
