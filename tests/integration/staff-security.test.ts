// The staff console's safeguards against the database: the append-only audit trail, the TOTP second
// factor (enrolment, each sign-in, recovery codes, throttling, replay), and policy publishing.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import {
  auditEvents,
  dataRequests,
  policyVersions,
  staffRecoveryCodes,
  staffSecondFactors,
  userSessions,
  type User,
} from "@/db/schema";
import { confirmEnrolment, getPendingEnrolment, verifySecondFactor } from "@/lib/auth/second-factor";
import { currentTotp } from "@/lib/auth/totp";
import { hashToken } from "@/lib/auth/tokens";
import { acceptCurrentPolicies, getCurrentPolicyVersion } from "@/lib/policies/acceptance";
import { getPolicyDraft, publishPolicy } from "@/lib/policies/publish";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { publishPolicyAction, setDataRequestStatusAction } from "@/lib/staff/actions";
import { AUDIT_PAGE_SIZE, findAuditPage, recordAudit } from "@/lib/staff/audit";
import { createLearner } from "../support/factories";
import { checkAction, prepareFuzzing } from "../support/fuzz";
import { openSession, presentSession, resetRequest } from "../support/next-request-mock";
import { TEST_TOTP_SECRET, makeStaff, passSecondFactor } from "../support/staff";

let staff: User;
let learner: User;

beforeAll(async () => {
  await prepareFuzzing();
  staff = await makeStaff(await createLearner({ firstName: "Sam", lastName: "Équipe" }));
  learner = await createLearner();
});

async function newRequestFor(learnerId: string): Promise<string> {
  const [row] = await db
    .insert(dataRequests)
    .values({ userId: learnerId, kind: "access", message: "Mes données, svp." })
    .returning({ id: dataRequests.id });
  return row!.id;
}

async function sessionSecondFactorAt(sid: string) {
  const [row] = await db
    .select({ at: userSessions.secondFactorAt })
    .from(userSessions)
    .where(eq(userSessions.id, hashToken(sid)));
  return row?.at ?? null;
}

function statusForm(id: string, status: string): FormData {
  const form = new FormData();
  form.set("locale", "fr");
  form.set("id", id);
  form.set("status", status);
  return form;
}

describe("audit trail", () => {
  it("records a status change with who, what and when, in the action's transaction", async () => {
    const id = await newRequestFor(learner.id);
    resetRequest();
    const session = await openSession(staff);
    await passSecondFactor(session.sid);
    presentSession(session);
    const outcome = await checkAction(() => setDataRequestStatusAction(undefined, statusForm(id, "in_progress")));
    expect(outcome).toMatchObject({ kind: "result", value: { ok: true } });
    const rows = await db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.details}->>'request' = ${id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: "staff",
      actorId: staff.id,
      action: "data_request_status",
      subjectUserId: learner.id,
      details: { request: id, from: "received", to: "in_progress" },
    });
    // The same status again changes nothing, so nothing is recorded.
    await checkAction(() => setDataRequestStatusAction(undefined, statusForm(id, "in_progress")));
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.details}->>'request' = ${id}`),
    ).toHaveLength(1);
  });

  it("refuses every UPDATE, DELETE and TRUNCATE, in the database itself", async () => {
    await recordAudit(db, { actor: "command_line", action: "role_changed", details: { from: "learner", to: "staff" } });
    for (const statement of [
      sql`update audit_events set action = 'csv_exported'`,
      sql`update audit_events set actor_id = null where actor_id is not null`,
      sql`update audit_events set details = '{}'::jsonb`,
      sql`delete from audit_events`,
      sql`truncate audit_events`,
    ]) {
      await expect(db.execute(statement)).rejects.toThrow();
    }
    expect((await db.select().from(auditEvents)).length).toBeGreaterThanOrEqual(2);
  });

  it("lets account deletion through: the deleted person's id is cut from the trail, the entries stay", async () => {
    const leaving = await makeStaff(await createLearner(), { enrolled: false });
    const subject = await createLearner();
    await recordAudit(db, {
      actor: "staff",
      actorId: leaving.id,
      action: "data_request_status",
      subjectUserId: subject.id,
      details: { request: "r", from: "received", to: "answered" },
    });
    expect(await deleteAccount(subject, "self")).toBe(true);
    expect(await deleteAccount(leaving, "self")).toBe(true);
    const [row] = await db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.details}->>'request' = 'r'`);
    expect(row).toMatchObject({ actorId: null, subjectUserId: null, action: "data_request_status" });
  });

  it("lists the trail newest first, page by page; a page past the end shows the last one", async () => {
    const base = Date.UTC(2030, 0, 1);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++)
      await recordAudit(
        db,
        { actor: "staff", actorId: staff.id, action: "csv_exported", details: { table: `t${i}` } },
        new Date(base + i * 1000),
      );
    const first = await findAuditPage(1);
    expect(first.rows[0]?.details).toEqual({ table: `t${AUDIT_PAGE_SIZE + 2}` });
    expect(first.rows[0]?.actorName).toBe(staff.username);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const last = await findAuditPage(10_000);
    expect(last.page).toBe(last.pages);
    expect(last.pages).toBeGreaterThanOrEqual(2);
  });
});

describe("second factor", () => {
  it("enrols with a first code, returns ten recovery codes stored hashed, and marks the session", async () => {
    const fresh = await makeStaff(await createLearner(), { enrolled: false });
    const pending = (await getPendingEnrolment(fresh))!;
    expect(pending.uri).toContain(`secret=${pending.secret}`);
    // A reload shows the same secret (the QR code scanned stays valid).
    expect((await getPendingEnrolment(fresh))!.secret).toBe(pending.secret);
    const [stored] = await db.select().from(staffSecondFactors).where(eq(staffSecondFactors.userId, fresh.id));
    expect(stored!.secretCiphertext).not.toContain(pending.secret);
    const session = await openSession(fresh);
    const now = new Date();
    expect(await confirmEnrolment(fresh, session.sid, "000000", now)).toEqual({ ok: false, reason: "wrong" });
    const outcome = await confirmEnrolment(fresh, session.sid, currentTotp(pending.secret, now), now);
    expect(outcome.ok).toBe(true);
    const codes = outcome.ok ? outcome.data : [];
    expect(codes).toHaveLength(10);
    const hashes = await db.select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, fresh.id));
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(codes.some((c) => h.codeHash.includes(c))).toBe(false);
    expect(await sessionSecondFactorAt(session.sid)).not.toBeNull();
    expect(await getPendingEnrolment(fresh)).toBeNull();

    // The next sign-in: a recovery code works once.
    const next = await openSession(fresh);
    expect(await sessionSecondFactorAt(next.sid)).toBeNull();
    expect(await verifySecondFactor(fresh, next.sid, codes[3]!.toUpperCase())).toEqual({ ok: true, data: "recovery" });
    const again = await openSession(fresh);
    expect(await verifySecondFactor(fresh, again.sid, codes[3]!)).toEqual({ ok: false, reason: "wrong" });
  });

  it("accepts a TOTP code once (no replay), and throttles guesses like passwords", async () => {
    const user = await makeStaff(await createLearner());
    const now = new Date();
    const code = currentTotp(TEST_TOTP_SECRET, now);
    const first = await openSession(user);
    expect(await verifySecondFactor(user, first.sid, code, now)).toEqual({ ok: true, data: "totp" });
    const second = await openSession(user);
    expect(await verifySecondFactor(user, second.sid, code, now)).toEqual({ ok: false, reason: "wrong" });
    for (let i = 0; i < 3; i++) await verifySecondFactor(user, second.sid, "123456", now);
    expect(await verifySecondFactor(user, second.sid, "654321", now)).toEqual({ ok: false, reason: "wrong" });
    // Five failures: the next try is refused without being checked, even with the right code.
    const later = new Date(now.getTime() + 30_000);
    expect(await verifySecondFactor(user, second.sid, currentTotp(TEST_TOTP_SECRET, later), later)).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await sessionSecondFactorAt(second.sid)).toBeNull();
  });

  it("keeps a staff session without the second factor out of staff actions, as a visitor is", async () => {
    const id = await newRequestFor(learner.id);
    for (const signedIn of [false, true]) {
      resetRequest();
      presentSession(signedIn ? await openSession(staff) : null);
      const outcome = await checkAction(() => setDataRequestStatusAction(undefined, statusForm(id, "answered")));
      expect(outcome.kind).toBe("redirect");
      expect(outcome.kind === "redirect" && outcome.url).toMatch(
        signedIn ? /^\/fr\/sign-in\/second-factor\?next=/ : /^\/fr\/sign-in\?next=/,
      );
    }
    const [row] = await db.select().from(dataRequests).where(eq(dataRequests.id, id));
    expect(row?.status).toBe("received");
  });
});

describe("policy publishing", () => {
  it("publishes the text in content/ once, with its audit record, and only what was previewed", async () => {
    const draft = await getPolicyDraft("site");
    expect(draft.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(draft.publishable).toBe(true);
    expect(await publishPolicy(staff.id, "site", "0".repeat(64))).toBeNull();
    const now = new Date();
    expect(await publishPolicy(staff.id, "site", draft.fingerprint, now)).toBe(draft.version);
    expect((await getCurrentPolicyVersion("site"))?.version).toBe(draft.version);
    // Irreversible and once only: the same version cannot be published again.
    expect(await publishPolicy(staff.id, "site", draft.fingerprint)).toBeNull();
    expect((await getPolicyDraft("site")).publishable).toBe(false);
    const audit = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from audit_events where action = 'policy_published' and details->>'version' = ${draft.version}`,
      ),
    );
    expect(Number(audit[0]?.n)).toBe(1);
    const versions = await db.select().from(policyVersions).where(eq(policyVersions.kind, "site"));
    expect(versions.filter((v) => v.version === draft.version)).toHaveLength(1);
  });

  it("refuses an unticked confirmation and a forged kind with a field error, writing nothing", async () => {
    resetRequest();
    await acceptCurrentPolicies(staff.id, ["site"]); // the new terms published above
    const session = await openSession(staff);
    await passSecondFactor(session.sid);
    presentSession(session);
    const draft = await getPolicyDraft("privacy");
    for (const [kind, confirm] of [
      ["privacy", undefined],
      ["terms", "on"],
    ] as const) {
      const form = new FormData();
      form.set("locale", "fr");
      form.set("kind", kind);
      form.set("fingerprint", draft.fingerprint);
      if (confirm) form.set("confirm", confirm);
      const outcome = await checkAction(() => publishPolicyAction(undefined, form));
      expect(outcome).toMatchObject({ kind: "result", value: { ok: false } });
    }
    expect((await getCurrentPolicyVersion("privacy"))?.version).not.toBe(draft.version);
  });
});
