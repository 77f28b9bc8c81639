// The README's PostgreSQL backup procedure, run for real: pg_dump -Fc, pg_restore into a fresh database,
// and the app on the restored copy. Runs in the integration-postgres project when pg_dump is installed.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db, switchDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/auth/sign-in";
import { verifyCertificate } from "@/lib/certificates/queries";
import { now as clockNow } from "@/lib/clock";
import { PASSWORD } from "../support/factories";
import { captureAppView, populateSampleData, type SampleData } from "../support/sample-data";

const serverUrl = process.env.DATABASE_URL;
const major = (text: string) => Number(/(\d+)(\.\d+)?/.exec(text)?.[1] ?? 0);
const pgDump = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
const hasTools = pgDump.status === 0 && spawnSync("pg_restore", ["--version"]).status === 0;

describe.skipIf(!serverUrl || !hasTools)("backup with pg_dump and restore with pg_restore", () => {
  const admin = new URL(serverUrl ?? "postgres://localhost/postgres");
  admin.pathname = "/postgres";
  const restoredName = `vigie_restore_${randomBytes(5).toString("hex")}`;
  const restored = new URL(admin);
  restored.pathname = `/${restoredName}`;
  const work = mkdtempSync(path.join(os.tmpdir(), "vigie-backup-"));
  const dumpFile = path.join(work, "vigie.dump");
  const now = clockNow();
  let sample: SampleData;
  let before: Awaited<ReturnType<typeof captureAppView>>;

  // Four learners through Argon2, a dump and a restore take a while on a shared machine.
  beforeAll(async () => {
    sample = await populateSampleData(now);
    before = await captureAppView(sample, now);
    const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    const [server] = await sql<{ v: string }[]>`show server_version`;
    // pg_dump refuses a server newer than itself: the README asks for the server's major version.
    expect(major(pgDump.stdout.replace(/^\D+/, ""))).toBeGreaterThanOrEqual(major(server?.v ?? ""));
    execFileSync("pg_dump", ["--format=custom", "--file", dumpFile, serverUrl ?? ""]);
    await sql.unsafe(`create database ${restoredName}`);
    await sql.end();
    execFileSync("pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--dbname",
      restored.toString(),
      dumpFile,
    ]);
    await switchDatabase({ databaseUrl: restored.toString(), pgliteDir: "memory://" });
  }, 300_000);

  afterAll(async () => {
    await closeDatabase();
    const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists ${restoredName} with (force)`);
    await sql.end();
    rmSync(work, { recursive: true, force: true });
  });

  it("restores every row: the same counts, dashboards, data exports and certificate PDFs", async () => {
    expect(statSync(dumpFile).size).toBeGreaterThan(0);
    expect(before.rowCounts["public.users"]).toBe(sample.learners.length);
    expect(await captureAppView(sample, now)).toEqual(before);
  });

  it("verifies the certificates and signs the learners in on the restored copy", async () => {
    for (const code of sample.certificateCodes) expect(await verifyCertificate(code)).not.toBeNull();
    for (const user of sample.learners)
      expect((await authenticate(user.email, PASSWORD, "192.0.2.30", now)).ok).toBe(true);
  });

  it("restores the triggers that freeze a certified name", async () => {
    const certified = sample.learners[0]!;
    await expect(db.update(users).set({ lastName: "Autre" }).where(eq(users.id, certified.id))).rejects.toThrow();
  });
});
