// Property-based tests of the staff action (lib/staff/actions.ts) on hostile input, and the staff page
// rendered with hostile data-protection requests: user text is escaped, never rendered as markup.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", () => import("../../support/next-intl-server"));

import { db } from "@/db/client";
import { dataRequests, type User } from "@/db/schema";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { DATA_REQUEST_KINDS, DATA_REQUEST_STATUSES, IDENTITY_METHODS } from "@/lib/privacy/request-vocabulary";
import {
  publishPolicyAction,
  recordDataRequestAction,
  rectifyCertificateAction,
  setDataRequestStatusAction,
  verifyDataRequestIdentityAction,
} from "@/lib/staff/actions";
import { getPolicyDraft } from "@/lib/policies/publish";
import StaffPage from "@/app/[locale]/(learner)/staff/page";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { createLearner, validateTrack } from "../../support/factories";
import { makeStaff, passSecondFactor } from "../../support/staff";
import {
  AUTH_STATE,
  CLIENT_IP,
  HTML_INJECTION,
  ID_LIKE,
  LOCALE,
  REFUSAL_REDIRECT,
  SQL_INJECTION,
  UNICODE_EDGES,
  changedTables,
  checkAction,
  describeOutcome,
  ensure,
  field,
  fingerprint,
  formArb,
  fuzzEveryTarget,
  newRequest,
  prepareFuzzing,
  runProperty,
  toFormData,
  type FuzzTarget,
} from "../../support/fuzz";

let staff: User;
let learner: User;
let requestIds: string[] = [];
/** Open rectification requests of learners holding a certificate (a granted one closes). */
const rectificationIds: string[] = [];

/** Request texts: every injection payload, plus escaped text that must stay escaped (never decoded). */
const PAYLOADS = [...HTML_INJECTION, ...SQL_INJECTION, ...UNICODE_EDGES.filter((u) => !u.includes("\u0000"))].map(
  (p) => `Demande : ${p} — fin.`,
);

beforeAll(async () => {
  await prepareFuzzing();
  staff = await makeStaff(await createLearner({ firstName: "Sam", lastName: "Équipe" }));
  learner = await createLearner();
  // Inserted directly: the action's own path (and its emails) is fuzzed in privacy.test.ts.
  const rows = await db
    .insert(dataRequests)
    .values(
      PAYLOADS.map((message, i) => ({
        userId: learner.id,
        kind: "other" as const,
        message,
        createdAt: new Date(Date.now() - i * 1000),
      })),
    )
    .returning({ id: dataRequests.id });
  requestIds = rows.map((r) => r.id);
  for (const lastName of ["Durrand", "Martinn"]) {
    const certified = await createLearner({ lastName });
    await validateTrack(certified);
    await issueCertificate(certified.id, printedName(certified));
    const [asked] = await db
      .insert(dataRequests)
      .values({ userId: certified.id, kind: "rectification", message: "Mon nom est mal orthographié." })
      .returning({ id: dataRequests.id });
    rectificationIds.push(asked!.id);
  }
});

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeLikeReact = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Staff (with the second factor passed), staff who stopped at the password, a learner. */
const WHO = fc.constantFrom("staff", "staff", "staffNo2fa", "learner");

async function signInStaff(ip: string, auth: Parameters<typeof newRequest>[1], who: string): Promise<boolean> {
  const session = await newRequest(ip, auth, who === "learner" ? learner : staff);
  if (session && who === "staff") await passSecondFactor(session.sid);
  return session !== null && who === "staff";
}

function expectStaffOnly(outcome: Awaited<ReturnType<typeof checkAction>>, isStaff: boolean) {
  if (isStaff) return;
  expect(outcome.kind === "redirect" && REFUSAL_REDIRECT.test(outcome.url)).toBe(true);
}

/** What a granted rectification may write: the names, the certificates and their revocation, the request, the trail, the emails. */
const RECTIFICATION_TABLES = [
  "users",
  "certificates",
  "certificate_revocations",
  "data_requests",
  "data_request_events",
  "audit_events",
  "email_outbox",
];

const NAME = fc.oneof(
  fc.constantFrom("Camille", "Durand", "Zoë", "Œlschläger", "Jean-Pierre"),
  fc.constantFrom(...HTML_INJECTION, ...UNICODE_EDGES),
);

const TARGETS: Record<string, FuzzTarget> = {
  "lib/staff/actions.ts#rectifyCertificateAction": {
    run: async (name) => {
      await runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: WHO,
          pick: fc.nat(),
          form: formArb({
            locale: LOCALE,
            id: field(fc.oneof(fc.constant("⟦rectification⟧"), fc.constant("⟦other⟧"), ID_LIKE)),
            firstName: field(NAME),
            lastName: field(NAME),
            confirm: field(fc.constant("on")),
          }),
        }),
        async ({ ip, auth, who, pick, form }) => {
          const isStaff = await signInStaff(ip, auth, who);
          const data = await toFormData(form, {
            "⟦rectification⟧": () => rectificationIds[pick % rectificationIds.length] ?? "",
            "⟦other⟧": () => requestIds[pick % requestIds.length] ?? "",
          });
          const before = await fingerprint();
          const outcome = await checkAction(() => rectifyCertificateAction(data), { refused: () => !isStaff });
          expectStaffOnly(outcome, isStaff);
          if (isStaff && outcome.kind === "redirect")
            expect(outcome.url).toMatch(/^\/(fr|en)\/staff\?rectified=[0-9A-Z-]+$/);
          else if (isStaff) expect(outcome.kind).toBe("result");
          const changed = changedTables(before, await fingerprint());
          ensure(
            changed.every((t) => RECTIFICATION_TABLES.includes(t)),
            () => `rectification wrote to ${changed.join(", ")}`,
          );
          // Either everything (the audited rectification) or nothing.
          ensure(
            changed.length === 0 || changed.length === RECTIFICATION_TABLES.length,
            () => `a partial rectification: ${changed.join(", ")}`,
          );
          return `${isStaff ? "staff" : `${auth} ${who}`}: ${describeOutcome(outcome)}${changed.length ? " (rectified)" : ""}`;
        },
      );
      // The page tests below render the queue outside a client provider: no rectification form left open.
      await db.update(dataRequests).set({ status: "answered" }).where(inArray(dataRequests.id, rectificationIds));
    },
  },
  "lib/staff/actions.ts#publishPolicyAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: WHO,
          form: formArb({
            locale: LOCALE,
            // Never the site policy's own fingerprint: publishing new terms would send every later
            // session to accept them. The privacy policy's may be published, once.
            kind: field(fc.constantFrom("site", "privacy", "cookies", "terms")),
            fingerprint: field(fc.oneof(fc.constant("⟦privacy⟧"), fc.stringMatching(/^[0-9a-f]{64}$/), ID_LIKE)),
            confirm: field(fc.constant("on")),
          }),
        }),
        async ({ ip, auth, who, form }) => {
          const isStaff = await signInStaff(ip, auth, who);
          const data = await toFormData(form, {
            "⟦privacy⟧": async () => (await getPolicyDraft("privacy")).fingerprint,
          });
          const before = await fingerprint();
          const outcome = await checkAction(() => publishPolicyAction(data), { refused: () => !isStaff });
          expectStaffOnly(outcome, isStaff);
          if (isStaff && outcome.kind === "redirect")
            expect(outcome.url).toMatch(/^\/(fr|en)\/staff\/policies\?published=privacy-\d{4}-\d{2}-\d{2}$/);
          else if (isStaff) expect(outcome.kind).toBe("result");
          const changed = changedTables(before, await fingerprint());
          ensure(
            changed.every((t) => t === "policy_versions" || t === "audit_events"),
            () => `publishing wrote to ${changed.join(", ")}`,
          );
          return `${isStaff ? "staff" : `${auth} ${who}`}: ${describeOutcome(outcome)}${changed.length ? " (published)" : ""}`;
        },
      ),
  },
  "lib/staff/actions.ts#setDataRequestStatusAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: WHO,
          pick: fc.nat(),
          form: formArb({
            locale: LOCALE,
            id: field(fc.oneof(fc.constant("⟦id⟧"), ID_LIKE)),
            status: field(fc.constantFrom(...DATA_REQUEST_STATUSES)),
            note: field(fc.oneof(fc.constant(""), fc.string({ maxLength: 60 }), fc.constantFrom(...PAYLOADS))),
          }),
        }),
        async ({ ip, auth, who, pick, form }) => {
          const isStaff = await signInStaff(ip, auth, who);
          const data = await toFormData(form, { "⟦id⟧": () => requestIds[pick % requestIds.length] ?? "" });
          const before = await fingerprint();
          // Anyone but staff who passed the second factor is sent away (to sign in, or to the second
          // factor), and nothing is written; staff get a clear answer: done, or
          // which field was wrong (never a silently dropped form).
          const outcome = await checkAction(() => setDataRequestStatusAction(data), { refused: () => !isStaff });
          expectStaffOnly(outcome, isStaff);
          // Staff may only ever change data-protection requests, each change with its history step, its
          // audit record and the learner's email.
          const changed = changedTables(before, await fingerprint());
          ensure(
            changed.every((t) => REQUEST_STEP_TABLES.includes(t)),
            () => `staff action wrote to ${changed.join(", ")}`,
          );
          return `${isStaff ? "staff" : `${auth} ${who}`}: ${describeOutcome(outcome)}${changed.length ? " (updated)" : ""}`;
        },
      ),
  },
  "lib/staff/actions.ts#verifyDataRequestIdentityAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: WHO,
          pick: fc.nat(),
          form: formArb({
            locale: LOCALE,
            id: field(fc.oneof(fc.constant("⟦id⟧"), ID_LIKE)),
            method: field(fc.oneof(fc.constantFrom(...IDENTITY_METHODS), ID_LIKE)),
          }),
        }),
        async ({ ip, auth, who, pick, form }) => {
          const isStaff = await signInStaff(ip, auth, who);
          const data = await toFormData(form, { "⟦id⟧": () => requestIds[pick % requestIds.length] ?? "" });
          const before = await fingerprint();
          const outcome = await checkAction(() => verifyDataRequestIdentityAction(data), { refused: () => !isStaff });
          expectStaffOnly(outcome, isStaff);
          const changed = changedTables(before, await fingerprint());
          ensure(
            changed.every((t) => REQUEST_STEP_TABLES.includes(t)),
            () => `identity check wrote to ${changed.join(", ")}`,
          );
          return `${isStaff ? "staff" : `${auth} ${who}`}: ${describeOutcome(outcome)}${changed.length ? " (verified)" : ""}`;
        },
      ),
  },
  "lib/staff/actions.ts#recordDataRequestAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: WHO,
          form: formArb({
            locale: LOCALE,
            email: field(fc.oneof(fc.constant("⟦learner⟧"), fc.emailAddress(), ID_LIKE)),
            kind: field(fc.oneof(fc.constantFrom(...DATA_REQUEST_KINDS), ID_LIKE)),
            message: field(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 40 }))),
          }),
        }),
        async ({ ip, auth, who, form }) => {
          const isStaff = await signInStaff(ip, auth, who);
          const data = await toFormData(form, { "⟦learner⟧": () => learner.email });
          const before = await fingerprint();
          const outcome = await checkAction(() => recordDataRequestAction(data), { refused: () => !isStaff });
          expectStaffOnly(outcome, isStaff);
          if (isStaff && outcome.kind === "redirect")
            expect(outcome.url).toMatch(/^\/(fr|en)\/staff\/requests\/[0-9a-f-]{36}$/);
          const changed = changedTables(before, await fingerprint());
          ensure(
            changed.every((t) => REQUEST_STEP_TABLES.includes(t)),
            () => `recording a request wrote to ${changed.join(", ")}`,
          );
          return `${isStaff ? "staff" : `${auth} ${who}`}: ${describeOutcome(outcome)}${changed.length ? " (recorded)" : ""}`;
        },
      ),
  },
};

/** What a DPO queue step may write: the request, its history, the audit trail, the learner's email. */
const REQUEST_STEP_TABLES = ["data_requests", "data_request_events", "audit_events", "email_outbox"];

describe("fuzz: staff action (lib/staff/actions.ts)", () => {
  fuzzEveryTarget("staff", TARGETS);

  it("renders hostile request texts on the staff page as text, and stores them unchanged", async () => {
    const session = await newRequest("198.51.100.1", "recent", staff);
    await passSecondFactor(session!.sid);
    const html = renderToStaticMarkup(
      await StaffPage({ params: Promise.resolve({ locale: "fr" }), searchParams: Promise.resolve({}) }),
    );
    const stored = new Map((await db.select().from(dataRequests)).map((r) => [r.id, r.message]));
    for (const [i, message] of PAYLOADS.entries()) {
      // Stored as typed (lone surrogates aside, which no UTF-8 request can carry): never HTML-decoded.
      expect(stored.get(requestIds[i] ?? "")).toBe(message.toWellFormed());
      if (message.includes("<")) ensure(!html.includes(message), () => `raw markup "${message}" in the staff page`);
      if (/[&<>"']/.test(message))
        ensure(
          html.includes(escapeLikeReact(message.toWellFormed())),
          () => `"${message}" not escaped as React escapes text`,
        );
    }
    // Escaped input is shown escaped again, as the literal text the learner typed.
    expect(html).toContain("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;");
    // The only script, if any, is React's own form-replay snippet (when the page holds a form), at the very end.
    const scripts = (html.match(/<script[\s>]/gi) ?? []).length;
    ensure(
      scripts === 0 || (scripts === 1 && html.trimEnd().endsWith("</script>")),
      () => "a <script> element besides React's",
    );
    // The only links are the staff area's own (navigation, each request's page).
    ensure(
      !/<(img|svg|iframe|a)\b[^>]*\s(on\w+|srcdoc)=/i.test(html) && !/<a\b[^>]*\shref="(?!\/fr\/staff)/i.test(html),
      () => "an injected element with a handler or link",
    );
  });
});

describe("staff page: a request fulfilled by an account's deletion", () => {
  it("stays in the queue as an anonymous record (reference, type, received, handled, by whom), without a form", async () => {
    const gone = await createLearner({ firstName: "Ophélie", lastName: "Partie" });
    const [asked] = await db
      .insert(dataRequests)
      .values({ userId: gone.id, kind: "access", message: "Texte personnel d'Ophélie." })
      .returning();
    await signInStaff("198.51.100.2", "recent", "staff");
    const close = new FormData();
    for (const [k, v] of Object.entries({ locale: "fr", id: asked!.id, status: "answered" })) close.append(k, v);
    expect(await setDataRequestStatusAction(undefined, close)).toMatchObject({ ok: true });
    await deleteAccount(gone, "self");
    await signInStaff("198.51.100.2", "recent", "staff");
    const html = renderToStaticMarkup(
      await StaffPage({ params: Promise.resolve({ locale: "fr" }), searchParams: Promise.resolve({}) }),
    );
    const item = html.slice(html.indexOf(asked!.id) - 600, html.indexOf(asked!.id) + 900);
    expect(item).toContain("Accès à mes données — compte supprimé");
    expect(item).toContain(`Traitée le`);
    expect(item).toContain(`par ${staff.username}`);
    expect(item).toContain("Trace anonyme");
    expect(item).not.toContain(`value="${asked!.id}"`); // no status form for it
    expect(html).toContain("Effacement — compte supprimé");
    expect(html).toContain("par la personne elle-même, en supprimant son compte");
    for (const personal of [gone.username, gone.email, "Ophélie", "Texte personnel"])
      expect(html).not.toContain(personal);
  });
});
