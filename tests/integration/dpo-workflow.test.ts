// The DPO queue as a workflow (issue #14 point 3): each step with its history entry, its audit record and
// the learner's email in one transaction; the identity check before answering an emailed request; the
// history kept anonymous after the account's deletion and erased with the request by the accountability purge.
import { and, eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, dataRequestEvents, dataRequests, emailOutbox, type User } from "@/db/schema";
import { createDataRequest } from "@/lib/privacy/data-requests";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { exportUserData } from "@/lib/privacy/export-data";
import { runAccountCleanup } from "@/lib/privacy/purge";
import { ACCOUNTABILITY_MS } from "@/lib/privacy/retention";
import { findDataRequest, findDataRequests } from "@/lib/staff/request-queries";
import { applyStatusStep, moveDataRequest, recordEmailedRequest, verifyIdentity } from "@/lib/staff/request-steps";
import { createLearner } from "../support/factories";
import { lastEmailTo } from "../support/outbox";
import { makeStaff } from "../support/staff";

let staff: User;

beforeAll(async () => {
  staff = await makeStaff(await createLearner({ firstName: "Sam", lastName: "Équipe" }));
});

const eventsOf = (id: string) =>
  db.select().from(dataRequestEvents).where(eq(dataRequestEvents.requestId, id)).orderBy(dataRequestEvents.id);
const auditOf = (id: string) =>
  db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.details}->>'request' = ${id}`)
    .orderBy(auditEvents.id);
/** The emails about the learner's requests sent to the learner (not the DPO's copy, not the sign-up's). */
const emailsTo = (user: User) =>
  db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, user.email), like(emailOutbox.template, "dataRequest%")))
    .orderBy(emailOutbox.createdAt);

describe("moving a request along", () => {
  it("received → in progress → answered: history, audit and the learner's email at each step", async () => {
    const learner = await createLearner();
    const request = await createDataRequest(learner, "rectification", "Mon nom est mal orthographié.");
    expect(await moveDataRequest(staff.id, request.id, "in_progress")).toEqual({ ok: true });
    expect(await moveDataRequest(staff.id, request.id, "answered", "Votre nom est corrigé.")).toEqual({ ok: true });

    const [row] = await db.select().from(dataRequests).where(eq(dataRequests.id, request.id));
    expect(row).toMatchObject({
      status: "answered",
      response: "Votre nom est corrigé.",
      fulfilledBy: "staff",
      fulfilledByStaffId: staff.id,
    });
    expect((await eventsOf(request.id)).map((e) => [e.step, e.staffId, e.fromStatus, e.toStatus, e.note])).toEqual([
      ["recorded", null, null, "received", null],
      ["status", staff.id, "received", "in_progress", null],
      ["status", staff.id, "in_progress", "answered", "Votre nom est corrigé."],
    ]);
    expect((await auditOf(request.id)).map((a) => a.details)).toEqual([
      { request: request.id, from: "received", to: "in_progress" },
      { request: request.id, from: "in_progress", to: "answered" },
    ]);
    const templates = (await emailsTo(learner)).map((e) => e.template);
    expect(templates).toEqual(["dataRequestReceived", "dataRequestInProgress", "dataRequestAnswered"]);
    const answered = await lastEmailTo(learner.email);
    expect(answered?.subject).toBe("Réponse à votre demande");
    expect(answered?.text).toContain("Votre nom est corrigé.");
    expect(answered?.links.some((l) => l.endsWith("/fr/account/privacy#dpo"))).toBe(true);

    const { history } = (await findDataRequest(request.id))!;
    expect(history.at(-1)).toMatchObject({ staffName: staff.username, toStatus: "answered" });
  });

  it("refuses a refusal without a reason, a step back, and any step after a terminal status", async () => {
    const learner = await createLearner();
    const request = await createDataRequest(learner, "objection", "Je m'oppose au traitement.");
    expect(await moveDataRequest(staff.id, request.id, "refused", "Non.")).toEqual({
      ok: false,
      field: "note",
      error: "refusalReasonRequired",
    });
    const reason = "Le traitement est nécessaire à la délivrance de l'attestation.";
    expect(await moveDataRequest(staff.id, request.id, "refused", reason)).toEqual({ ok: true });
    for (const to of ["received", "in_progress", "answered"] as const)
      expect(await moveDataRequest(staff.id, request.id, to)).toMatchObject({ ok: false, error: "statusNotAllowed" });
    const [row] = await db.select().from(dataRequests).where(eq(dataRequests.id, request.id));
    expect(row).toMatchObject({ status: "refused", response: reason });
    expect((await emailsTo(learner)).at(-1)).toMatchObject({ template: "dataRequestRefused" });
    expect(await eventsOf(request.id)).toHaveLength(2);
  });

  it("writes the step, its history, its audit record and its email in one transaction, or none of them", async () => {
    const learner = await createLearner();
    const request = await createDataRequest(learner, "other", "Une question sur mes données.");
    const counts = async () =>
      Promise.all([eventsOf(request.id), auditOf(request.id), emailsTo(learner)]).then((r) => r.map((x) => x.length));
    const before = await counts();
    await expect(
      db.transaction(async (tx) => {
        expect(await applyStatusStep(tx, staff.id, request.id, "in_progress", "", new Date())).toMatchObject({
          ok: true,
        });
        throw new Error("the caller's larger step failed");
      }),
    ).rejects.toThrow("larger step failed");
    expect(await counts()).toEqual(before);
    const [row] = await db.select().from(dataRequests).where(eq(dataRequests.id, request.id));
    expect(row?.status).toBe("received");
  });
});

describe("a request received by email", () => {
  it("is recorded for the account holding the address; access is answered only after the identity check", async () => {
    const learner = await createLearner();
    expect(
      await recordEmailedRequest(staff.id, {
        email: "personne@example.invalid",
        kind: "access",
        message: "Mes données ?",
      }),
    ).toEqual({ ok: false, field: "email", error: "noAccount" });
    const recorded = await recordEmailedRequest(staff.id, {
      email: learner.email.toUpperCase(),
      kind: "access",
      message: "Reçu par courriel : une copie de mes données.",
    });
    if (!recorded.ok) throw new Error("not recorded");
    expect(await moveDataRequest(staff.id, recorded.id, "answered")).toEqual({
      ok: false,
      field: "status",
      error: "identityNotVerified",
    });
    expect(await verifyIdentity(staff.id, recorded.id, "account_email")).toEqual({ ok: true });
    expect(await moveDataRequest(staff.id, recorded.id, "answered", "Vos données sont jointes.")).toEqual({ ok: true });
    expect((await eventsOf(recorded.id)).map((e) => e.step)).toEqual(["recorded", "identity_verified", "status"]);
    expect((await auditOf(recorded.id)).map((a) => a.action)).toEqual([
      "data_request_recorded",
      "data_request_identity",
      "data_request_status",
    ]);
    const [row] = await db.select().from(dataRequests).where(eq(dataRequests.id, recorded.id));
    expect(row).toMatchObject({ channel: "email", identityMethod: "account_email", userId: learner.id });
    expect((await emailsTo(learner)).map((e) => e.template)).toEqual(["dataRequestReceived", "dataRequestAnswered"]);
  });
});

describe("the queue and the learner's data", () => {
  it("lists overdue requests first", async () => {
    const learner = await createLearner();
    const late = await createDataRequest(learner, "access", "Une vieille demande restée sans réponse.");
    await db
      .update(dataRequests)
      .set({ createdAt: new Date(Date.now() - 40 * 24 * 3600 * 1000) })
      .where(eq(dataRequests.id, late.id));
    const queue = await findDataRequests();
    expect(queue[0]?.id).toBe(late.id);
  });

  it("exports each request with its history", async () => {
    const learner = await createLearner();
    const request = await createDataRequest(learner, "restriction", "Limitez l'usage de mes données.");
    await moveDataRequest(staff.id, request.id, "in_progress");
    const data = await exportUserData(learner.id);
    const exported = data?.dataRequests.find((r) => r.id === request.id);
    expect(exported?.history.map((h) => h.step)).toEqual(["recorded", "status"]);
    expect(exported?.history[1]).toMatchObject({ staffId: staff.id, fromStatus: "received", toStatus: "in_progress" });
  });

  it("keeps the history anonymous after the account's deletion, and purges it with the request", async () => {
    const learner = await createLearner();
    const request = await createDataRequest(learner, "erasure", "Effacez tout. Camille Durand, 06 12 34 56 78.");
    await moveDataRequest(staff.id, request.id, "in_progress", "Bonjour Camille, nous traitons votre demande.");
    const at = new Date("2026-12-10T10:00:00Z");
    expect(await deleteAccount(learner, "self", { now: at })).toBe(true);

    const events = await eventsOf(request.id);
    expect(events.map((e) => [e.step, e.toStatus])).toEqual([
      ["recorded", "received"],
      ["status", "in_progress"],
      ["account_deleted", "answered"],
    ]);
    expect(events.every((e) => e.note === null)).toBe(true);
    expect(events[1]?.staffId).toBe(staff.id);
    const dump = JSON.stringify(events);
    for (const personal of [learner.id, learner.email, learner.username, "Camille", "06 12"])
      expect(dump).not.toContain(personal);

    await runAccountCleanup({ now: new Date(at.getTime() + ACCOUNTABILITY_MS + 24 * 3600 * 1000) });
    expect(await db.select().from(dataRequests).where(eq(dataRequests.id, request.id))).toHaveLength(0);
    expect(await eventsOf(request.id)).toHaveLength(0);
  });
});
