// Property-based tests of the staff action (lib/staff/actions.ts) on hostile input, and the staff page
// rendered with hostile data-protection requests: user text is escaped, never rendered as markup.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

// The page's translations, outside a Next.js request (next-intl's request config is a build-time alias).
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const messages = {
    fr: {
      ...(await import("@/lib/i18n/messages/fr/app.json")).default,
      staffConsole: (await import("@/lib/i18n/messages/fr/staff-console.json")).default,
    },
    en: {
      ...(await import("@/lib/i18n/messages/en/app.json")).default,
      staffConsole: (await import("@/lib/i18n/messages/en/staff-console.json")).default,
    },
  };
  const pick = (locale: string) => (locale === "en" ? messages.en : messages.fr) as unknown as Record<string, never>;
  return {
    getRequestConfig: (fn: unknown) => fn,
    setRequestLocale: () => {},
    getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
      createTranslator({ locale, messages: pick(locale), namespace: namespace as never }),
    getFormatter: async ({ locale }: { locale: string }) => createFormatter({ locale, timeZone: "Europe/Paris" }),
  };
});

import { db } from "@/db/client";
import { dataRequests, type User } from "@/db/schema";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { DATA_REQUEST_STATUSES } from "@/lib/privacy/request-vocabulary";
import { publishPolicyAction, setDataRequestStatusAction } from "@/lib/staff/actions";
import { getPolicyDraft } from "@/lib/policies/publish";
import StaffPage from "@/app/[locale]/(learner)/staff/page";
import { createLearner } from "../../support/factories";
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
  expect(
    outcome.kind === "redirect" && (REFUSAL_REDIRECT.test(outcome.url) || /^\/(fr|en)\/dashboard$/.test(outcome.url)),
  ).toBe(true);
}

const TARGETS: Record<string, FuzzTarget> = {
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
          }),
        }),
        async ({ ip, auth, who, pick, form }) => {
          const isStaff = await signInStaff(ip, auth, who);
          const data = await toFormData(form, { "⟦id⟧": () => requestIds[pick % requestIds.length] ?? "" });
          const before = await fingerprint();
          // Anyone but staff who passed the second factor is sent away (to sign in, to the second factor,
          // or a learner to the dashboard), and nothing is written; staff get a clear answer: done, or
          // which field was wrong (never a silently dropped form).
          const outcome = await checkAction(() => setDataRequestStatusAction(data), { refused: () => !isStaff });
          expectStaffOnly(outcome, isStaff);
          // Staff may only ever change data-protection requests, each change with its audit record.
          const changed = changedTables(before, await fingerprint());
          ensure(
            changed.every((t) => t === "data_requests" || t === "audit_events"),
            () => `staff action wrote to ${changed.join(", ")}`,
          );
          return `${isStaff ? "staff" : `${auth} ${who}`}: ${describeOutcome(outcome)}${changed.length ? " (updated)" : ""}`;
        },
      ),
  },
};

describe("fuzz: staff action (lib/staff/actions.ts)", () => {
  fuzzEveryTarget("staff", TARGETS);

  it("renders hostile request texts on the staff page as text, and stores them unchanged", async () => {
    const session = await newRequest("198.51.100.1", "recent", staff);
    await passSecondFactor(session!.sid);
    const html = renderToStaticMarkup(await StaffPage({ params: Promise.resolve({ locale: "fr" }) }));
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
    // The only script is React's own form-replay snippet, at the very end.
    ensure(
      (html.match(/<script[\s>]/gi) ?? []).length === 1 && html.trimEnd().endsWith("</script>"),
      () => "a <script> element besides React's",
    );
    // The only links are the staff area's own navigation.
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
    for (const [k, v] of Object.entries({ locale: "fr", id: asked!.id, status: "closed" })) close.append(k, v);
    expect(await setDataRequestStatusAction(undefined, close)).toMatchObject({ ok: true });
    await deleteAccount(gone, "self");
    await signInStaff("198.51.100.2", "recent", "staff");
    const html = renderToStaticMarkup(await StaffPage({ params: Promise.resolve({ locale: "fr" }) }));
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
