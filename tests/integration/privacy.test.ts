import { readFileSync } from "node:fs";
import { eq, getTableColumns, getTableName, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import * as schema from "@/db/schema";
import {
  dataRequests,
  organisationInvitations,
  staffRecoveryCodes,
  staffSecondFactors,
  statsDaily,
  userIdentities,
  userSessions,
  users,
} from "@/db/schema";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { createDataRequest, findOwnDataRequests } from "@/lib/privacy/data-requests";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { exportUserData } from "@/lib/privacy/export-data";
import { exportJsonSchemaText, personalDataExportSchema } from "@/lib/privacy/export-schema";
import { runAccountCleanup, runRetentionPurge } from "@/lib/privacy/purge";
import { ACCOUNTABILITY_MS } from "@/lib/privacy/retention";
import { findDataRequests } from "@/lib/staff/request-queries";
import { moveDataRequest } from "@/lib/staff/request-steps";
import { saveUnitPosition } from "@/lib/progress/me";
import { saveTicks } from "@/lib/checklists/ticks";
import { authenticate } from "@/lib/auth/sign-in";
import { PASSWORD, answersFor, createLearner, submit, validateTrack } from "../support/factories";
import { lastEmailTo } from "../support/outbox";
import { answerInvitation, createInvitationLink, inviteByCsv } from "@/lib/organisations/invitations";
import { createOrganisation } from "@/lib/organisations/organisations";

const tables = Object.values(schema as Record<string, unknown>).filter((v): v is PgTable => v instanceof PgTable);
/** Tables holding personal data: those linked to a user. */
const personal = tables.filter((t) => Object.keys(getTableColumns(t)).includes("userId") || t === users);
const EXPORT_SECTION: Record<string, string> = {
  users: "profile",
  user_sessions: "sessions",
  user_identities: "identities",
  email_tokens: "emailTokens",
  policy_acceptances: "policyAcceptances",
  quiz_attempts: "quizAttempts",
  unit_progress: "unitProgress",
  unit_positions: "unitPositions",
  checklist_ticks: "checklistTicks",
  certificates: "certificates",
  data_requests: "dataRequests",
  email_outbox: "emails",
  organisation_members: "organisationMemberships",
  staff_second_factors: "staffSecondFactor",
  staff_recovery_codes: "staffRecoveryCodes",
};

async function fullLearner() {
  const user = await createLearner();
  await authenticate(user.username, PASSWORD, "10.9.9.9");
  await validateTrack(user);
  await submit(user.id, "m1-u1", answersFor("m1-u1", false));
  await issueCertificate(user.id, printedName(user));
  await createDataRequest(user, "access", "Je souhaite une copie de mes données.");
  await saveUnitPosition(user.id, { unitId: "m1-u2", section: 1, videoSeconds: 20 });
  await saveTicks(user.id, "m3-u2-site", [0, 3], new Date());
  // What a staff member's export also holds (lib/auth/second-factor.ts writes these rows on enrolment).
  await db
    .insert(staffSecondFactors)
    .values({ userId: user.id, secretCiphertext: "sealed", confirmedAt: new Date(), lastStep: 1 });
  await db.insert(staffRecoveryCodes).values({ userId: user.id, codeHash: "c".repeat(64) });
  await db.update(userSessions).set({ secondFactorAt: new Date() }).where(eq(userSessions.userId, user.id));
  await db.insert(userIdentities).values({ userId: user.id, provider: "franceconnect", subject: `fc-${user.id}` });
  // A membership of another learner's organisation (and its consent).
  const manager = await createLearner({ track: "professional" });
  const org = await createOrganisation(manager, { name: "Festival des Lumières", kind: "event" });
  const token = await createInvitationLink(manager, org!.id);
  await answerInvitation(user, token!, "join");
  // An invitation emailed to the learner's address by another organisation, which they declined.
  const other = await createOrganisation(manager, { name: "Marché de Plouha", kind: "event" });
  await inviteByCsv(manager, other!.id, user.email, "fr");
  const mail = await lastEmailTo(user.email);
  await answerInvitation(
    user,
    mail!.links
      .find((l) => l.includes("/organisations/join/"))!
      .split("/")
      .at(-1)!,
    "decline",
  );
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
    // Invitations are not linked to an account but addressed to it: every column, the refusal included.
    const invitations = data.organisationInvitations as Record<string, unknown>[];
    expect(invitations).toHaveLength(1);
    for (const column of Object.keys(getTableColumns(organisationInvitations)))
      expect(invitations[0], `organisation_invitations.${column} missing from export`).toHaveProperty(column);
    expect(invitations[0]?.declinedAt).toBeInstanceOf(Date);
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
    // Its data request stays as an anonymous record (see below): no message once detached from an account.
    const detached = await db
      .select()
      .from(dataRequests)
      .where(sql`${dataRequests.userId} is null`);
    expect(detached.length).toBeGreaterThanOrEqual(1);
    expect(detached.every((r) => r.message === null)).toBe(true);
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

describe("erasure leaves an anonymous trace (GDPR art. 5(2))", () => {
  const DAY = 24 * 3600 * 1000;
  const requestsOf = (ids: string[]) =>
    db
      .select()
      .from(dataRequests)
      .then((rows) => rows.filter((r) => ids.includes(r.id)));

  it("a pending erasure request is fulfilled by the learner's own deletion and kept without personal data", async () => {
    const user = await createLearner();
    const erasure = await createDataRequest(user, "erasure", "Effacez tout, merci. Mon téléphone : 06 12 34 56 78.");
    const access = await createDataRequest(user, "access", "Une copie de mes données, s'il vous plaît.");
    const at = new Date("2026-12-01T10:00:00Z");
    expect(await deleteAccount(user, "self", { now: at })).toBe(true);

    const kept = await requestsOf([erasure.id, access.id]);
    expect(kept).toHaveLength(2);
    for (const r of kept) {
      expect(r).toMatchObject({ userId: null, message: null, status: "answered", fulfilledBy: "learner" });
      expect(r.fulfilledAt?.toISOString()).toBe(at.toISOString());
      const dump = JSON.stringify(r);
      for (const personal of [user.id, user.email, user.username, user.firstName, user.lastName, "06 12"]) {
        expect(dump).not.toContain(personal);
      }
    }
    // The pending erasure request is the one fulfilled: no second erasure record.
    const erasures = await db.select().from(dataRequests).where(eq(dataRequests.fulfilledAt, at));
    expect(erasures.filter((r) => r.kind === "erasure")).toHaveLength(1);
    expect(kept.find((r) => r.kind === "erasure")?.createdAt).toEqual(erasure.createdAt);
  });

  it("a deletion from the account page with no request pending is recorded as an erasure fulfilled by the learner", async () => {
    const user = await createLearner();
    const at = new Date("2026-12-02T09:30:00Z");
    await deleteAccount(user, "self", { now: at });
    const [record] = await db.select().from(dataRequests).where(eq(dataRequests.createdAt, at));
    expect(record).toMatchObject({
      kind: "erasure",
      userId: null,
      message: null,
      status: "answered",
      fulfilledBy: "learner",
      fulfilledByStaffId: null,
    });
    expect(record?.fulfilledAt?.toISOString()).toBe(at.toISOString());
  });

  it("shows in the staff queue as an anonymous record, and keeps the staff member who handled a request", async () => {
    const staff = await createLearner();
    await db.update(users).set({ role: "staff" }).where(eq(users.id, staff.id));
    const user = await createLearner();
    const handled = await createDataRequest(user, "rectification", "Corrigez mon adresse, merci.");
    await moveDataRequest(staff.id, handled.id, "answered", "Adresse corrigée.", new Date("2026-12-03T08:00:00Z"));
    const other = await createLearner();
    // Answered is final: a second answer changes nothing.
    expect(await moveDataRequest(other.id, handled.id, "answered", "", new Date("2026-12-03T09:00:00Z"))).toMatchObject(
      {
        ok: false,
        error: "statusNotAllowed",
      },
    );
    await deleteAccount(user, "self", { now: new Date("2026-12-04T08:00:00Z") });

    const queue = await findDataRequests();
    const rectification = queue.find((r) => r.id === handled.id);
    expect(rectification).toMatchObject({
      username: null,
      message: null,
      status: "answered",
      fulfilledBy: "staff",
      fulfilledByUsername: staff.username,
    });
    expect(rectification?.fulfilledAt?.toISOString()).toBe("2026-12-03T08:00:00.000Z");
    const erasure = queue.find((r) => r.kind === "erasure" && r.createdAt.toISOString() === "2026-12-04T08:00:00.000Z");
    expect(erasure).toMatchObject({ username: null, fulfilledBy: "learner" });
    // An anonymous record is final: staff can no longer change it.
    expect(await moveDataRequest(staff.id, handled.id, "received")).toMatchObject({
      ok: false,
      error: "requestUnknown",
    });
    expect((await requestsOf([handled.id]))[0]).toMatchObject({ status: "answered", fulfilledBy: "staff" });
  });

  it("whatever path deletes the account, the database clears the message in the same statement", async () => {
    const user = await createLearner();
    const request = await createDataRequest(user, "objection", "Je m'oppose, signé Camille Durand.");
    await db.delete(users).where(eq(users.id, user.id));
    const [row] = await requestsOf([request.id]);
    expect(row).toMatchObject({ userId: null, message: null, status: "answered", fulfilledBy: "retention" });
    expect(row?.fulfilledAt).not.toBeNull();
    // And an anonymous record can never get a message back.
    await expect(db.execute(sql`update data_requests set message = 'x' where id = ${request.id}`)).rejects.toThrow();
  });

  it("the daily cleanup erases the anonymous record once the accountability period is over, not before", async () => {
    const user = await createLearner();
    const at = new Date("2026-12-05T12:00:00Z");
    await deleteAccount(user, "self", { now: at });
    const [record] = await db.select().from(dataRequests).where(eq(dataRequests.createdAt, at));
    expect(record).toBeDefined();
    const justBefore = new Date(at.getTime() + ACCOUNTABILITY_MS - DAY);
    const dry = await runAccountCleanup({ now: justBefore, dryRun: true });
    expect(await requestsOf([record!.id])).toHaveLength(1);
    expect((await runAccountCleanup({ now: justBefore })).expiredRequestRecords).toBe(dry.expiredRequestRecords);
    expect(await requestsOf([record!.id])).toHaveLength(1);
    const after = new Date(at.getTime() + ACCOUNTABILITY_MS + DAY);
    expect((await runAccountCleanup({ now: after, dryRun: true })).expiredRequestRecords).toBeGreaterThanOrEqual(1);
    expect(await requestsOf([record!.id])).toHaveLength(1);
    expect((await runAccountCleanup({ now: after })).expiredRequestRecords).toBeGreaterThanOrEqual(1);
    expect(await requestsOf([record!.id])).toHaveLength(0);
  });
});
