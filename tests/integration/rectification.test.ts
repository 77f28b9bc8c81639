// Rectifying a certified name through the DPO: one audited transaction revokes and reissues the
// certificate, and the database lets a frozen name change through that path only.
import { writeFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { hasDatabaseMessage } from "@/db/errors";
import { auditEvents, certificateRevocations, certificates, dataRequests, users, type User } from "@/db/schema";
import { updateProfile } from "@/lib/account/profile";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { rectifyCertificateName } from "@/lib/certificates/rectification";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import { toSnapshot, verifyCertificate } from "@/lib/certificates/queries";
import { signedVerificationUrl, verifySignedToken } from "@/lib/certificates/signing/signed-link";
import { rectifyCertificateAction } from "@/lib/staff/actions";
import { recordAudit } from "@/lib/staff/audit";
import { createLearner, validateTrack } from "../support/factories";
import { checkAction, prepareFuzzing } from "../support/fuzz";
import { openSession, presentSession, resetRequest } from "../support/next-request-mock";
import { readOutbox } from "../support/outbox";
import { extractPdfText } from "../support/pdf-text";
import { makeStaff, passSecondFactor } from "../support/staff";

let staff: User;

beforeAll(async () => {
  await prepareFuzzing();
  staff = await makeStaff(await createLearner({ firstName: "Sam", lastName: "Équipe" }));
});

async function certified(lastName = "Durrand") {
  const user = await createLearner({ lastName });
  await validateTrack(user);
  const outcome = await issueCertificate(user.id, printedName(user));
  if (!outcome.ok) throw new Error("not issued");
  return { user, certificate: outcome.certificate };
}

async function requestFrom(userId: string, kind: "rectification" | "access" = "rectification") {
  const [row] = await db
    .insert(dataRequests)
    .values({ userId, kind, message: "Mon nom est mal orthographié." })
    .returning({ id: dataRequests.id });
  return row!.id;
}

const namesOf = async (id: string) =>
  (await db.select({ f: users.firstName, l: users.lastName }).from(users).where(eq(users.id, id)))[0];
const auditFor = (userId: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectUserId, userId), eq(auditEvents.action, "certificate_rectified")));
const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
/** Refused by the trigger itself, not by anything else along the way. */
const refusedAsLocked = (write: Promise<unknown>) =>
  expect(
    write.then(
      () => "written",
      (error: unknown) => hasDatabaseMessage(error, /name is locked/),
    ),
  ).resolves.toBe(true);

function rectifyForm(id: string, firstName: string, lastName: string, confirm = true): FormData {
  const form = new FormData();
  form.set("locale", "fr");
  form.set("id", id);
  form.set("firstName", firstName);
  form.set("lastName", lastName);
  if (confirm) form.set("confirm", "on");
  return form;
}

describe("rectification of a certified name", () => {
  it("revokes the old certificate, issues the corrected one, closes the request, emails both facts and audits it, in one transaction", async () => {
    const { user, certificate: old } = await certified();
    const oldToken = tokenOf(signedVerificationUrl(old));
    const id = await requestFrom(user.id);
    resetRequest();
    const session = await openSession(staff);
    await passSecondFactor(session.sid);
    presentSession(session);
    const outcome = await checkAction(() => rectifyCertificateAction(undefined, rectifyForm(id, "Camille", "Durand")));
    expect(outcome).toMatchObject({ kind: "redirect" });

    expect(await namesOf(user.id)).toEqual({ f: "Camille", l: "Durand" });
    const held = await db.select().from(certificates).where(eq(certificates.userId, user.id));
    expect(held).toHaveLength(1);
    const renewed = held[0]!;
    expect(renewed).toMatchObject({
      firstName: "Camille",
      lastName: "Durand",
      track: old.track,
      locale: old.locale,
      moduleVersions: old.moduleVersions,
    });
    expect(renewed.verificationCode).not.toBe(old.verificationCode);
    expect(outcome).toEqual({ kind: "redirect", url: `/fr/staff?rectified=${renewed.verificationCode}` });

    const [revocation] = await db
      .select()
      .from(certificateRevocations)
      .where(eq(certificateRevocations.certificateId, old.verificationCode));
    expect(revocation).toMatchObject({ reason: "rectification", replacedBy: renewed.verificationCode });

    // The old link says "revoked, replaced"; the new one is valid; the old code no longer finds a row.
    expect(await verifySignedToken(oldToken)).toMatchObject({
      authentic: true,
      revocation: { status: "revoked", reason: "rectification", replacedBy: renewed.verificationCode },
    });
    expect(await verifySignedToken(tokenOf(signedVerificationUrl(renewed)))).toMatchObject({
      authentic: true,
      claims: { lastName: "Durand" },
      revocation: { status: "notRevoked" },
    });
    expect(await verifyCertificate(old.verificationCode)).toBeNull();
    expect(await verifyCertificate(renewed.verificationCode)).toMatchObject({ lastName: "Durand" });
    const pdf = await renderCertificatePdf(toSnapshot(renewed));
    if (process.env.RECTIFIED_PDF) writeFileSync(process.env.RECTIFIED_PDF, pdf); // to look at it
    const printed = await extractPdfText(pdf);
    expect(printed).toContain("Camille Durand");
    expect(printed).not.toContain("Durrand");
    expect(printed).toContain(renewed.verificationCode);

    const [request] = await db.select().from(dataRequests).where(eq(dataRequests.id, id));
    expect(request).toMatchObject({ status: "answered", fulfilledBy: "staff", fulfilledByStaffId: staff.id });

    const audit = await auditFor(user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: "staff",
      actorId: staff.id,
      details: { request: id, revoked: old.verificationCode, issued: renewed.verificationCode },
    });
    expect(JSON.stringify(audit[0]!.details)).not.toMatch(/Durr?and|Camille/);

    // Both facts, and the answer to the request (the DPO queue's step email).
    const mails = (await readOutbox()).filter((m) => m.to.includes(user.email)).slice(-3);
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        `Votre attestation ${old.verificationCode} a été révoquée`,
        "Votre nouvelle attestation de suivi Vigie",
        "Réponse à votre demande",
      ].sort(),
    );
    const revoked = mails.find((m) => m.subject.endsWith("a été révoquée"))!;
    const reissued = mails.find((m) => m.subject === "Votre nouvelle attestation de suivi Vigie")!;
    expect(revoked.text).toContain(renewed.verificationCode);
    expect(reissued.links.some((l) => l.endsWith(`/fr/certificates/${renewed.verificationCode}`))).toBe(true);
    expect(reissued.text).toContain(tokenOf(signedVerificationUrl(renewed)));
  });

  it("refuses, writing nothing: another kind of request, no certificate, the same name, a closed request", async () => {
    const { user } = await certified("Martin");
    const access = await requestFrom(user.id, "access");
    const uncertified = await createLearner();
    const noCertificate = await requestFrom(uncertified.id);
    const closed = await requestFrom(user.id);
    await db.update(dataRequests).set({ status: "answered" }).where(eq(dataRequests.id, closed));
    const open = await requestFrom(user.id);

    expect(await rectifyCertificateName(staff.id, access, { firstName: "Camille", lastName: "Martine" })).toEqual({
      ok: false,
      error: "notRectification",
    });
    expect(
      await rectifyCertificateName(staff.id, noCertificate, { firstName: "Camille", lastName: "Martine" }),
    ).toEqual({ ok: false, error: "noCertificate" });
    expect(await rectifyCertificateName(staff.id, closed, { firstName: "Camille", lastName: "Martine" })).toEqual({
      ok: false,
      error: "alreadyHandled",
    });
    expect(await rectifyCertificateName(staff.id, open, { firstName: "Camille", lastName: "Martin" })).toEqual({
      ok: false,
      error: "sameName",
    });
    expect(
      await rectifyCertificateName(staff.id, crypto.randomUUID(), { firstName: "Camille", lastName: "Martine" }),
    ).toEqual({ ok: false, error: "requestUnknown" });

    expect(await namesOf(user.id)).toEqual({ f: "Camille", l: "Martin" });
    expect(await auditFor(user.id)).toHaveLength(0);
    expect(await auditFor(uncertified.id)).toHaveLength(0);
    const [request] = await db.select().from(dataRequests).where(eq(dataRequests.id, open));
    expect(request?.status).toBe("received");
  });

  it("answers the form with field errors: names checked as at sign-up, the confirmation required", async () => {
    const { user } = await certified("Bernard");
    const id = await requestFrom(user.id);
    resetRequest();
    const session = await openSession(staff);
    await passSecondFactor(session.sid);
    presentSession(session);
    const outcome = await checkAction(() => rectifyCertificateAction(undefined, rectifyForm(id, "", "王", false)));
    expect(outcome).toMatchObject({
      kind: "result",
      value: { ok: false, fieldErrors: { firstName: ["required"], confirm: ["confirmRectification"] } },
    });
    const same = await checkAction(() => rectifyCertificateAction(undefined, rectifyForm(id, "Camille", "Bernard")));
    expect(same).toMatchObject({ kind: "result", value: { ok: false, fieldErrors: { firstName: ["sameName"] } } });
    expect(await namesOf(user.id)).toEqual({ f: "Camille", l: "Bernard" });
  });
});

describe("the frozen name (database trigger)", () => {
  it("refuses the learner's own profile update and a plain UPDATE", async () => {
    const { user } = await certified("Petit");
    expect(await updateProfile(user, { firstName: "Camille", lastName: "Petite", track: user.track })).toEqual({
      ok: false,
      error: "nameLocked",
    });
    await refusedAsLocked(db.update(users).set({ lastName: "Petite" }).where(eq(users.id, user.id)));
    await refusedAsLocked(db.execute(sql`update users set first_name = 'Dominique' where id = ${user.id}`));
    await refusedAsLocked(db.update(users).set({ nameLockedAt: null }).where(eq(users.id, user.id)));
    expect(await namesOf(user.id)).toEqual({ f: "Camille", l: "Petit" });
  });

  it("refuses an audit row from another transaction, or about another learner", async () => {
    const { user } = await certified("Robert");
    const { user: other } = await certified("Simon");
    const record = (subjectUserId: string) => ({
      actor: "staff" as const,
      actorId: staff.id,
      action: "certificate_rectified" as const,
      subjectUserId,
      details: { request: "forged" },
    });
    await recordAudit(db, record(user.id)); // committed on its own, earlier
    await refusedAsLocked(db.update(users).set({ lastName: "Roberts" }).where(eq(users.id, user.id)));
    await refusedAsLocked(
      db.transaction(async (tx) => {
        await recordAudit(tx, record(other.id));
        await tx.update(users).set({ lastName: "Roberts" }).where(eq(users.id, user.id));
      }),
    );
    expect(await namesOf(user.id)).toEqual({ f: "Camille", l: "Robert" });
  });

  it("lets the change through when the same transaction audited it first, and only the names", async () => {
    const { user } = await certified("Laurent");
    await db.transaction(async (tx) => {
      await recordAudit(tx, {
        actor: "command_line",
        action: "certificate_rectified",
        subjectUserId: user.id,
        details: { request: "test" },
      });
      await tx.update(users).set({ lastName: "Laurens" }).where(eq(users.id, user.id));
    });
    expect(await namesOf(user.id)).toEqual({ f: "Camille", l: "Laurens" });
    await refusedAsLocked(
      db.transaction(async (tx) => {
        await recordAudit(tx, {
          actor: "command_line",
          action: "certificate_rectified",
          subjectUserId: user.id,
          details: { request: "test" },
        });
        await tx.update(users).set({ nameLockedAt: null }).where(eq(users.id, user.id));
      }),
    );
  });
});
