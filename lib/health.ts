// Readiness report for /api/health: database reachability, driver and migration version.
import "server-only";
import { sql } from "drizzle-orm";
import { db, getDriver } from "@/db/client";
import { getMigrationVersion } from "@/db/migrate";

export interface Health {
  status: "ok" | "unavailable";
  database: { reachable: boolean; driver: "pglite" | "postgres"; migration: string | null };
}

const HEALTH_TIMEOUT_MS = 2000;

export async function getHealth(): Promise<Health> {
  const driver = getDriver();
  try {
    const migration = await withTimeout(
      (async () => {
        await db.execute(sql`select 1`);
        return getMigrationVersion();
      })(),
      HEALTH_TIMEOUT_MS,
    );
    return { status: "ok", database: { reachable: true, driver, migration } };
  } catch {
    return { status: "unavailable", database: { reachable: false, driver, migration: null } };
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
