// Rectifying a certified name, granted by the DPO on a learner's request: each certificate is revoked
// (kept in the revocation list) and reissued under the corrected name, in one audited transaction.
import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import {
  certificateRevocations,
  certificates,
  users,
  type Certificate,
  type DataRequest,
  type User,
} from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, recordEmail } from "@/lib/email/send";
import { env } from "@/lib/env.mjs";
import { recordAudit } from "@/lib/staff/audit";
import { isTerminal } from "@/lib/privacy/request-workflow";
import { applyStatusStep, lockDataRequest } from "@/lib/staff/request-steps";
import { certificatePagePath } from "./queries";
import { signedVerificationUrl } from "./signing/signed-link";
import { generateVerificationCode } from "./verification-code";

export interface CorrectedName {
  firstName: string;
  lastName: string;
}

export type RectificationRefusal =
  "requestUnknown" | "notRectification" | "alreadyHandled" | "noCertificate" | "sameName";

export type RectificationOutcome =
  { ok: true; replaced: { from: string; to: string }[] } | { ok: false; error: RectificationRefusal };

/** Why this request cannot be granted as a rectification of the certified name, or null when it can. */
export function rectificationRefusal(
  request: Pick<DataRequest, "kind" | "status"> | null,
  user: Pick<User, "firstName" | "lastName"> | null,
  held: readonly unknown[],
  name: CorrectedName,
): RectificationRefusal | null {
  if (!request || !user) return "requestUnknown";
  if (request.kind !== "rectification") return "notRectification";
  if (isTerminal(request.status)) return "alreadyHandled";
  if (held.length === 0) return "noCertificate";
  if (name.firstName === user.firstName && name.lastName === user.lastName) return "sameName";
  return null;
}

/**
 * The audit record comes first: the database refuses a frozen name's change unless this very
 * transaction recorded `certificate_rectified` for the learner (migration 0008). No name goes into the
 * trail, only the certificate codes.
 */
export async function rectifyCertificateName(
  staffId: string,
  requestId: string,
  name: CorrectedName,
  now = clockNow(),
): Promise<RectificationOutcome> {
  let emailIds: string[] = [];
  const outcome = await db.transaction(async (tx): Promise<RectificationOutcome> => {
    const request = await lockDataRequest(tx, requestId);
    const [user] = request?.userId
      ? await tx.select().from(users).where(eq(users.id, request.userId)).for("update")
      : [];
    const held = user
      ? await tx.select().from(certificates).where(eq(certificates.userId, user.id)).orderBy(asc(certificates.track))
      : [];
    const refusal = rectificationRefusal(request, user ?? null, held, name);
    if (refusal || !request || !user) return { ok: false, error: refusal ?? "requestUnknown" };

    const replacements = held.map((old) => ({ old, code: generateVerificationCode() }));
    await recordAudit(
      tx,
      {
        actor: "staff",
        actorId: staffId,
        action: "certificate_rectified",
        subjectUserId: user.id,
        details: {
          request: requestId,
          revoked: replacements.map((r) => r.old.verificationCode).join(" "),
          issued: replacements.map((r) => r.code).join(" "),
        },
      },
      now,
    );
    // The corrected name is the DPO's, no longer the one a provider vouched for: neither the account nor
    // the new certificates say "verified by FranceConnect" any more.
    await tx
      .update(users)
      .set({ firstName: name.firstName, lastName: name.lastName, namesVerifiedBy: null })
      .where(eq(users.id, user.id));
    const issued: Certificate[] = [];
    for (const { old, code } of replacements) issued.push(await reissue(tx, old, code, name, now));
    // The request is answered by the rectification itself (its history step, audit record and email).
    const answered = await applyStatusStep(tx, staffId, requestId, "answered", "", now);
    if (!answered.ok) throw new Error(`rectification could not answer its request: ${answered.error}`);
    emailIds = [
      ...(await recordEmails(tx, { ...user, ...name }, held, issued)),
      ...(answered.emailId ? [answered.emailId] : []),
    ];
    return {
      ok: true,
      replaced: held.map((old, i) => ({ from: old.verificationCode, to: issued[i]!.verificationCode })),
    };
  });
  await queueEmails(emailIds);
  return outcome;
}

/**
 * The old row goes (one certificate per learner and track; it held the inaccurate name), its code stays
 * in the revocation list pointing to the new one; the new certificate attests exactly what the old did.
 */
async function reissue(
  tx: Transaction,
  old: Certificate,
  code: string,
  name: CorrectedName,
  now: Date,
): Promise<Certificate> {
  await tx.delete(certificates).where(eq(certificates.id, old.id));
  const [created] = await tx
    .insert(certificates)
    .values({
      userId: old.userId,
      track: old.track,
      firstName: name.firstName,
      lastName: name.lastName,
      verificationCode: code,
      locale: old.locale,
      professionalCategory: old.professionalCategory,
      moduleVersions: old.moduleVersions,
      issuedAt: now,
    })
    .returning();
  if (!created) throw new Error("certificate reissue returned nothing");
  await tx.insert(certificateRevocations).values({
    certificateId: old.verificationCode,
    revokedAt: now,
    reason: "rectification",
    replacedBy: code,
  });
  return created;
}

/** Two facts per certificate, in the learner's language: the old one is revoked, the new one is ready. */
async function recordEmails(
  tx: Transaction,
  user: User,
  revoked: Certificate[],
  issued: Certificate[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, created] of issued.entries()) {
    const old = revoked[i]!;
    ids.push(
      await recordEmail(
        {
          to: user.email,
          userId: user.id,
          template: "certificateRevoked",
          locale: user.locale,
          values: { firstName: user.firstName, code: old.verificationCode, newCode: created.verificationCode },
        },
        tx,
      ),
      await recordEmail(
        {
          to: user.email,
          userId: user.id,
          template: "certificateReissued",
          locale: user.locale,
          values: {
            firstName: user.firstName,
            code: created.verificationCode,
            verifyUrl: signedVerificationUrl(created, user.locale),
          },
          url: `${env.APP_URL}${certificatePagePath(user.locale, created.verificationCode)}`,
        },
        tx,
      ),
    );
  }
  return ids;
}

/** What the DPO sees before granting: the name now printed and the certificates it is printed on. */
export interface RectificationContext {
  firstName: string;
  lastName: string;
  codes: string[];
}

/** For each learner holding a certificate, by account id. */
export async function findRectificationContexts(userIds: string[]): Promise<Map<string, RectificationContext>> {
  const contexts = new Map<string, RectificationContext>();
  if (userIds.length === 0) return contexts;
  const rows = await db
    .select({
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      code: certificates.verificationCode,
    })
    .from(certificates)
    .innerJoin(users, eq(users.id, certificates.userId))
    .where(inArray(users.id, userIds))
    .orderBy(asc(certificates.track));
  for (const { userId, code, ...name } of rows) {
    const context = contexts.get(userId) ?? { ...name, codes: [] };
    context.codes.push(code);
    contexts.set(userId, context);
  }
  return contexts;
}
