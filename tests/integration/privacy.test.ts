import { readFileSync } from "node:fs";
import { eq, getTableColumns, getTableName, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import * as schema from "@/db/schema";
import { dataRequests, statsDaily, users } from "@/db/schema";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { createDataRequest, findOwnDataRequests } from "@/lib/privacy/data-requests";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { exportUserData } from "@/lib/privacy/export-data";
import { exportJsonSchemaText, personalDataExportSchema } from "@/lib/privacy/export-schema";
import { runRetentionPurge } from "@/lib/privacy/purge";
import { saveUnitPosition } from "@/lib/progress/me";
import { authenticate } from "@/lib/auth/sign-in";
import { PASSWORD, answersFor, createLearner, submit, validateTrack } from "../support/factories";
import { lastEmailTo } from "../support/outbox";

const tables = Object.values(schema as Record<string, unknown>).filter((v): v is PgTable => v instanceof PgTable);
/** Tables holding personal data: those linked to a user. */
const personal = tables.filter((t) => Object.keys(getTableColumns(t)).includes("userId") || t === users);
const EXPORT_SECTION: Record<string, string> = {
  users: "profile",
  user_sessions: "sessions",
  email_tokens: "emailTokens",
  policy_acceptances: "policyAcceptances",
  quiz_attempts: "quizAttempts",
  unit_progress: "unitProgress",
  unit_positions: "unitPositions",
  certificates: "certificates",
  data_requests: "dataRequests",
  email_outbox: "emails",
};

async function fullLearner() {
  const user = await createLearner();
  await authenticate(user.username, PASSWORD, "10.9.9.9");
  await validateTrack(user);
  await submit(user.id, "m1-u1", answersFor("m1-u1", false));
  await issueCertificate(user.id, printedName(user));
  await createDataRequest(user, "access", "Je souhaite une copie de mes données.");
  await saveUnitPosition(user.id, { unitId: "m1-u2", section: 1, videoSeconds: 20 });
  return user;
}

describe("data export", () => {
  it("contains every personal column of every personal table (derived from the schema)", async () => {
    const user = await fullLearner();
    const data = (await exportUserData(user.id)) as unknown as Record<string, unknown>;
    for (const table of personal) {
      const section = EXPORT_SECTION[getTableName(table)];
      expect(section, `no export section for ${getTableName(table)}`).toBeDefined();
      const value = data[section!];
      const first = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | undefined;
      expect(first, `export section ${section} is empty`).toBeDefined();
      for (const column of Object.keys(getTableColumns(table))) {
        expect(first, `${getTableName(table)}.${column} missing from export`).toHaveProperty(column);
      }
    }
    expect(JSON.stringify(data)).not.toContain(user.passwordHash);
  });

  it("matches its documented schema, as the learner downloads it (JSON), every section filled", async () => {
    const user = await fullLearner();
    await authenticate(user.username, "not the password", "10.9.9.9"); // a sign-in throttling row too
    const downloaded: unknown = JSON.parse(JSON.stringify(await exportUserData(user.id)));
    const parsed = personalDataExportSchema.safeParse(downloaded);
    expect(parsed.error?.issues ?? []).toEqual([]);
    for (const [section, value] of Object.entries(parsed.data ?? {}))
      if (Array.isArray(value)) expect(value.length, `section ${section} is empty`).toBeGreaterThan(0);
    // A column the schema does not describe is refused (objects are strict).
    const extra = structuredClone(downloaded) as { profile: Record<string, unknown> };
    extra.profile.newColumn = "x";
    expect(personalDataExportSchema.safeParse(extra).success).toBe(false);
  });

  it("publishes the same schema as a JSON Schema file (npx tsx scripts/export-schema.ts writes it)", () => {
    expect(readFileSync("lib/privacy/export.schema.json", "utf8")).toBe(exportJsonSchemaText());
  });

  it("returns nothing for an unknown user id", async () => {
    expect(await exportUserData("00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});

describe("account deletion", () => {
  it("removes every personal row in one go and keeps anonymous counters", async () => {
    const user = await fullLearner();
    const other = await createLearner();
    expect(await deleteAccount(user, "self")).toBe(true);
    for (const table of tables) {
      const rows = rowsOf<Record<string, unknown>>(await db.execute(sql`select * from ${table}`));
      const dump = JSON.stringify(rows);
      expect(dump.includes(user.id), `${getTableName(table)} still holds the user id`).toBe(false);
      expect(
        dump.toLowerCase().includes(user.email.toLowerCase()),
        `${getTableName(table)} still holds the email`,
      ).toBe(false);
      expect(dump.includes(user.username), `${getTableName(table)} still holds the username`).toBe(false);
    }
    const stats = await db.select().from(statsDaily);
    expect(stats.find((s) => s.metric === "accounts_deleted_self")?.value).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(users).where(eq(users.id, other.id))).toHaveLength(1);
    expect((await lastEmailTo(user.email))?.subject).toBe("Votre compte Vigie a été supprimé");
  });
});

describe("DPO requests", () => {
  it("records the request with a status and emails both the learner and the DPO", async () => {
    const user = await createLearner();
    await createDataRequest(user, "rectification", "Merci de corriger mon adresse.");
    const [request] = await findOwnDataRequests(user.id);
    expect(request).toMatchObject({ kind: "rectification", status: "received" });
    expect((await lastEmailTo(user.email))?.subject).toContain("délégué à la protection des données");
    expect((await lastEmailTo(user.email))?.text).toContain("Rectification");
    expect((await lastEmailTo(process.env.DPO_EMAIL ?? "dpo@vigie.localhost"))?.text).toContain(request!.id);
    expect(await db.select().from(dataRequests).where(eq(dataRequests.userId, user.id))).toHaveLength(1);
  });
});

describe("retention purge (controlled clock)", () => {
  const DAY = 24 * 3600 * 1000;

  it("warns 30 days before the one-year deadline, then deletes, and is safe to run twice or concurrently", async () => {
    const user = await createLearner();
    const lastActivity = new Date(Date.now() - 340 * DAY);
    await db.update(users).set({ lastActivityAt: lastActivity }).where(eq(users.id, user.id));
    const dry = await runRetentionPurge({ dryRun: true });
    expect(dry.warned).toBeGreaterThanOrEqual(1);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]?.retentionWarningSentAt).toBeNull();
    const [a, b] = await Promise.all([runRetentionPurge(), runRetentionPurge()]);
    expect(a.warned + b.warned).toBeGreaterThanOrEqual(1);
    expect((await lastEmailTo(user.email))?.subject).toBe("Votre compte Vigie sera supprimé dans 30 jours");
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]?.retentionWarningSentAt).not.toBeNull();
    const afterDeadline = new Date(lastActivity.getTime() + 366 * DAY + 31 * DAY);
    const [c, d] = await Promise.all([
      runRetentionPurge({ now: afterDeadline }),
      runRetentionPurge({ now: afterDeadline }),
    ]);
    expect(c.deleted + d.deleted).toBe(1);
    expect(await db.select().from(users).where(eq(users.id, user.id))).toHaveLength(0);
    expect((await runRetentionPurge({ now: afterDeadline })).deleted).toBe(0);
  });

  it("warns then deletes a learner whose last activity holds microseconds (a database default)", async () => {
    const user = await createLearner();
    await db.execute(
      sql`update users set last_activity_at = now() - interval '340 days 0.000123 seconds' where id = ${user.id}`,
    );
    expect((await runRetentionPurge()).warned).toBeGreaterThanOrEqual(1);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]?.retentionWarningSentAt).not.toBeNull();
    expect((await runRetentionPurge({ now: new Date(Date.now() + 60 * DAY) })).deleted).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(users).where(eq(users.id, user.id))).toHaveLength(0);
  });

  it("keeps a learner who came back after the warning", async () => {
    const user = await createLearner();
    const lastActivity = new Date(Date.now() - 340 * DAY);
    await db.update(users).set({ lastActivityAt: lastActivity }).where(eq(users.id, user.id));
    await runRetentionPurge();
    await db
      .update(users)
      .set({ lastActivityAt: new Date(), retentionWarningSentAt: null })
      .where(eq(users.id, user.id));
    await runRetentionPurge({ now: new Date(Date.now() + 40 * DAY) });
    expect(await db.select().from(users).where(eq(users.id, user.id))).toHaveLength(1);
  });
});
