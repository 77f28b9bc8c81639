// The database connection: PGlite (embedded, in-process) when DATABASE_URL is unset, postgres.js otherwise.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env.mjs";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database handle or an open transaction: write functions accept either so they compose. */
export type Executor = Database | Transaction;
export type Driver = "pglite" | "postgres";

interface Connection {
  db: Database;
  driver: Driver;
  close: () => Promise<void>;
  /** The embedded client itself, shared with the job engine (see lib/jobs/engine). */
  pglite?: PGlite;
}

function connectPglite(dataDir: string): Connection {
  if (!dataDir.startsWith("memory://")) mkdirSync(path.resolve(dataDir), { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Database;
  return { db, driver: "pglite", close: () => client.close(), pglite: client };
}

function connectPostgres(url: string): Connection {
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
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

export function connect(): Connection {
  return env.DATABASE_URL ? connectPostgres(env.DATABASE_URL) : connectPglite(env.PGLITE_DIR);
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
