// The DPO queue's steps, each in one transaction with its history entry, its audit record and the
// learner's email: record a request received by email, record the identity check, move the status.
import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { dataRequestEvents, dataRequests, users } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, recordEmail } from "@/lib/email/send";
import { kindLabel } from "@/lib/privacy/data-requests";
import { deadlineDate, responseDeadline } from "@/lib/privacy/request-deadline";
import type { DataRequestKind, DataRequestStatus, IdentityMethod } from "@/lib/privacy/request-vocabulary";
import { checkTransition, isTerminal, type TransitionError } from "@/lib/privacy/request-workflow";
import { recordAudit } from "./audit";

export type StepResult =
  { ok: true } | { ok: false; field: string; error: TransitionError | "requestUnknown" | "noAccount" };

const EMAIL_OF: Partial<
  Record<DataRequestStatus, "dataRequestInProgress" | "dataRequestAnswered" | "dataRequestRefused">
> = {
  in_progress: "dataRequestInProgress",
  answered: "dataRequestAnswered",
  refused: "dataRequestRefused",
};

/** The request, row-locked until the transaction ends; null for an unknown id or an anonymous record (final). */
export async function lockDataRequest(tx: Executor, id: string) {
  const [row] = await tx
    .select()
    .from(dataRequests)
    .where(and(eq(dataRequests.id, id), isNotNull(dataRequests.userId)))
    .for("update");
  return row ?? null;
}

/** A request still attached to its account, with its owner, locked for the step. */
async function lockOpenRequest(tx: Executor, id: string) {
  const row = await lockDataRequest(tx, id);
  if (!row?.userId) return null;
  const [owner] = await tx.select().from(users).where(eq(users.id, row.userId));
  return owner ? { request: row, owner } : null;
}

function formatDay(day: string, locale: "fr" | "en"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "long", timeZone: "UTC" }).format(
    deadlineDate(day),
  );
}

/**
 * Moves a request to `to` (any status the rules allow, the terminal ones included): the one function
 * that changes a request's status on staff's behalf. Pass a transaction to make it part of a larger
 * step (the caller then queues the returned email after its commit).
 */
export async function applyStatusStep(
  tx: Executor,
  staffId: string,
  id: string,
  to: DataRequestStatus,
  note: string,
  now: Date,
): Promise<StepResult & { emailId?: string }> {
  const locked = await lockOpenRequest(tx, id);
  if (!locked) return { ok: false, field: "id", error: "requestUnknown" };
  const { request, owner } = locked;
  const refusal = checkTransition({
    from: request.status,
    to,
    kind: request.kind,
    channel: request.channel,
    identityVerified: request.identityVerifiedAt !== null,
    note,
  });
  if (refusal) return { ok: false, ...refusal };
  const terminal = isTerminal(to);
  await tx
    .update(dataRequests)
    .set({
      status: to,
      updatedAt: now,
      ...(terminal
        ? { response: note || null, fulfilledAt: now, fulfilledBy: "staff" as const, fulfilledByStaffId: staffId }
        : {}),
    })
    .where(eq(dataRequests.id, id));
  await tx.insert(dataRequestEvents).values({
    requestId: id,
    at: now,
    step: "status",
    staffId,
    fromStatus: request.status,
    toStatus: to,
    note: note || null,
  });
  await recordAudit(
    tx,
    {
      actor: "staff",
      actorId: staffId,
      action: "data_request_status",
      subjectUserId: owner.id,
      details: { request: id, from: request.status, to },
    },
    now,
  );
  const template = EMAIL_OF[to];
  const emailId = template
    ? await recordEmail(
        {
          to: owner.email,
          userId: owner.id,
          template,
          locale: owner.locale,
          values: {
            kind: kindLabel(request.kind, owner.locale),
            deadline: formatDay(responseDeadline(request.createdAt), owner.locale),
            note,
          },
          url: `${env.APP_URL}/${owner.locale}/account/privacy#dpo`,
        },
        tx,
      )
    : undefined;
  return { ok: true, emailId };
}

export async function moveDataRequest(
  staffId: string,
  id: string,
  to: DataRequestStatus,
  note = "",
  now = clockNow(),
): Promise<StepResult> {
  const result = await db.transaction((tx) => applyStatusStep(tx, staffId, id, to, note, now));
  if (result.ok && result.emailId) await queueEmails([result.emailId]);
  return result.ok ? { ok: true } : result;
}

/** Records how staff confirmed the requester is the account's holder (once; a terminal request is left alone). */
export async function verifyIdentity(
  staffId: string,
  id: string,
  method: IdentityMethod,
  now = clockNow(),
): Promise<StepResult> {
  return db.transaction(async (tx) => {
    const locked = await lockOpenRequest(tx, id);
    if (!locked || isTerminal(locked.request.status)) return { ok: false, field: "id", error: "requestUnknown" };
    if (locked.request.identityVerifiedAt) return { ok: true };
    await tx
      .update(dataRequests)
      .set({ identityVerifiedAt: now, identityMethod: method, updatedAt: now })
      .where(eq(dataRequests.id, id));
    await tx
      .insert(dataRequestEvents)
      .values({ requestId: id, at: now, step: "identity_verified", staffId, identityMethod: method });
    await recordAudit(
      tx,
      {
        actor: "staff",
        actorId: staffId,
        action: "data_request_identity",
        subjectUserId: locked.owner.id,
        details: { request: id, method },
      },
      now,
    );
    return { ok: true };
  });
}

/**
 * A request the DPO received by email, recorded for the account holding that address (the platform
 * can only act on an account's data); the learner gets the usual acknowledgement.
 */
export async function recordEmailedRequest(
  staffId: string,
  input: { email: string; kind: DataRequestKind; message: string },
  now = clockNow(),
): Promise<{ ok: true; id: string } | { ok: false; field: string; error: "noAccount" }> {
  const result = await db.transaction(async (tx) => {
    const [owner] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    if (!owner) return null;
    const [request] = await tx
      .insert(dataRequests)
      .values({
        userId: owner.id,
        kind: input.kind,
        message: input.message,
        channel: "email",
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: dataRequests.id });
    if (!request) throw new Error("data request insert returned nothing");
    await tx
      .insert(dataRequestEvents)
      .values({ requestId: request.id, at: now, step: "recorded", staffId, toStatus: "received" });
    await recordAudit(
      tx,
      {
        actor: "staff",
        actorId: staffId,
        action: "data_request_recorded",
        subjectUserId: owner.id,
        details: { request: request.id, kind: input.kind, channel: "email" },
      },
      now,
    );
    const emailId = await recordEmail(
      {
        to: owner.email,
        userId: owner.id,
        template: "dataRequestReceived",
        locale: owner.locale,
        values: { kind: kindLabel(input.kind, owner.locale) },
      },
      tx,
    );
    return { id: request.id, emailId };
  });
  if (!result) return { ok: false, field: "email", error: "noAccount" };
  await queueEmails([result.emailId]);
  return { ok: true, id: result.id };
}
