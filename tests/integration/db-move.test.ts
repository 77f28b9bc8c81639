// `npm run db:move`: an embedded database filled through the real functions, moved to PostgreSQL, shows
// the same thing on the target. Needs a PostgreSQL server: runs in the integration-postgres project only.
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db, switchDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { MoveRefused, moveDatabase } from "@/db/move";
import { certificates, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/sign-in";
import { now as clockNow } from "@/lib/clock";
import { createLearner, PASSWORD } from "../support/factories";
import {
  captureAppView,
  countRows,
  populateSampleData,
  publishPolicyVersion,
  type SampleData,
} from "../support/sample-data";

const serverUrl = process.env.DATABASE_URL;

describe.skipIf(!serverUrl)("db:move from the embedded database to PostgreSQL", () => {
  const admin = new URL(serverUrl ?? "postgres://localhost/postgres");
  admin.pathname = "/postgres";
  const databases: string[] = [];
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "vigie-move-")), "pglite");
  const now = clockNow();
  let sample: SampleData;
  let before: Awaited<ReturnType<typeof captureAppView>>;
  let target: string;

  async function createDatabase(): Promise<string> {
    const name = `vigie_move_${randomBytes(5).toString("hex")}`;
    const sqlAdmin = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    await sqlAdmin.unsafe(`create database ${name}`);
    await sqlAdmin.end();
    databases.push(name);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async function relationCount(url: string): Promise<number> {
    const client = postgres(url, { max: 1, onnotice: () => {} });
    const [row] = await client<{ n: number }[]>`select count(*)::int as n from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname not like 'pg_toast%'`;
    await client.end();
    return row?.n ?? -1;
  }

  // Filling a PGlite folder through Argon2 and moving it takes a while on a shared machine.
  beforeAll(async () => {
    await switchDatabase({ pgliteDir: dir });
    await migrateDatabase();
    sample = await populateSampleData(now);
    before = await captureAppView(sample, now);
    await closeDatabase();
    target = await createDatabase();
    await moveDatabase({ pgliteDir: dir, targetUrl: target });
    await switchDatabase({ databaseUrl: target, pgliteDir: dir });
  }, 300_000);

  afterAll(async () => {
    await closeDatabase();
    const sqlAdmin = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    for (const name of databases) await sqlAdmin.unsafe(`drop database if exists ${name} with (force)`);
    await sqlAdmin.end();
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("moves every row, and the app shows the same dashboards, data, certificates and PDF bytes", async () => {
    const after = await captureAppView(sample, now);
    for (const table of ["public.users", "public.quiz_attempts", "public.certificates", "public.data_requests"]) {
      expect(before.rowCounts[table]).toBeGreaterThan(0);
    }
    expect(before.rowCounts["public.email_outbox"]).toBeGreaterThanOrEqual(8);
    expect(after).toEqual(before);
    expect(after.verified.every((v) => v !== null)).toBe(true);
    expect(after.learners[0]?.pdfs).toHaveLength(1);
  });

  it("lets the same learners sign in with their passwords", async () => {
    for (const user of sample.learners) {
      const signedIn = await authenticate(user.username, PASSWORD, "192.0.2.20", now);
      expect(signedIn.ok).toBe(true);
    }
    expect((await authenticate(sample.learners[0]!.email, "wrong password", "192.0.2.20", now)).ok).toBe(false);
  });

  it("leaves the name-freezing and certificate triggers active", async () => {
    const certified = sample.learners[0]!;
    await expect(db.update(users).set({ firstName: "Autre" }).where(eq(users.id, certified.id))).rejects.toThrow();
    await expect(
      db.execute(sql`update certificates set last_name = 'Autre' where user_id = ${certified.id}`),
    ).rejects.toThrow();
    const [cert] = await db.select().from(certificates).where(eq(certificates.userId, certified.id));
    expect(cert?.firstName).toBe("Zoë");
  });

  it("sets the sequences and defaults, so new rows follow the moved ones", async () => {
    await publishPolicyVersion("privacy", "2027-01-01", now);
    const fresh = await createLearner({ firstName: "Nouvelle" });
    expect(fresh.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await countRows())["public.policy_versions"]).toBe(before.rowCounts["public.policy_versions"]! + 1);
  });

  it("refuses a non-empty target, and leaves it untouched", async () => {
    const counts = await countRows();
    await expect(moveDatabase({ pgliteDir: dir, targetUrl: target })).rejects.toThrow(/not empty/);
    expect(await countRows()).toEqual(counts);
  });

  it("refuses an unreachable target", async () => {
    const unreachable = new URL(admin);
    unreachable.port = "1";
    await expect(moveDatabase({ pgliteDir: dir, targetUrl: unreachable.toString() })).rejects.toThrow(MoveRefused);
  });

  it("backs up the embedded database by copying its folder while it is closed", async () => {
    const copy = `${dir}-backup`;
    cpSync(dir, copy, { recursive: true });
    await switchDatabase({ pgliteDir: copy });
    expect(await countRows()).toEqual(before.rowCounts);
    expect((await authenticate(sample.learners[1]!.username, PASSWORD, "192.0.2.21", now)).ok).toBe(true);
    // While it is open (the server running), db:move refuses it.
    await expect(moveDatabase({ pgliteDir: copy, targetUrl: await createDatabase() })).rejects.toThrow(/is open/);
    await switchDatabase({ databaseUrl: target, pgliteDir: dir });
  });

  it("writes nothing when the copy fails part-way", async () => {
    await switchDatabase({ pgliteDir: dir });
    // A table no migration creates: the move refuses it after the migrations ran on the target.
    await db.execute(sql`create table public.made_by_hand (id int)`);
    await closeDatabase();
    const empty = await createDatabase();
    await expect(moveDatabase({ pgliteDir: dir, targetUrl: empty })).rejects.toThrow(/made_by_hand/);
    expect(await relationCount(empty)).toBe(0);
    await switchDatabase({ databaseUrl: target, pgliteDir: dir });
  });
});
