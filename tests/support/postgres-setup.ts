// Each integration test file gets its own freshly created PostgreSQL database, dropped afterwards.
// Only local servers are accepted, so a test run can never touch a shared database.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";

const base = new URL(process.env.TEST_DATABASE_URL ?? "");
if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(base.hostname)) {
  throw new Error(`refusing to run integration tests against a non-local database (${base.hostname})`);
}
const name = `vigie_test_${randomBytes(6).toString("hex")}`;
const admin = new URL(base);
admin.pathname = "/postgres";
const url = new URL(base);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), "vigie-outbox-"));
process.env.APP_URL = "http://localhost:3000";

beforeAll(async () => {
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  const { migrateDatabase } = await import("@/db/migrate");
  await migrateDatabase();
});

afterAll(async () => {
  await (await import("@/lib/jobs")).stopJobs();
  const { closeDatabase } = await import("@/db/client");
  await closeDatabase();
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.end();
});
