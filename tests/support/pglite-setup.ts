// Each integration test file gets a fresh in-memory PGlite with the migrations applied.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

delete process.env.DATABASE_URL;
process.env.PGLITE_DIR = "memory://";
process.env.OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), "vigie-outbox-"));
process.env.APP_URL = "http://localhost:3000";

beforeAll(async () => {
  const { migrateDatabase } = await import("@/db/migrate");
  await migrateDatabase();
});

afterAll(async () => {
  await (await import("@/lib/jobs")).stopJobs();
  const { closeDatabase } = await import("@/db/client");
  await closeDatabase();
});
