import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { E2E_USERS, FIXTURES_FILE } from "../support/e2e-users";
import { signIn, signInStaff } from "./helpers";

// "staffNoFactor": a staff member who typed the password but not yet the authenticator's code.
type Role = "visitor" | "otherLearner" | "owner" | "staff" | "staffNoFactor";
type Outcome = number | "sign-in" | "second-factor";

const code = () =>
  (JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as { ownerCertificateCode: string }).ownerCertificateCode;
const SIGN_IN: Record<Exclude<Role, "visitor">, string> = {
  otherLearner: E2E_USERS.other,
  owner: E2E_USERS.certOwner,
  staff: E2E_USERS.staff,
  staffNoFactor: E2E_USERS.staff,
};

/** Staff who stopped at the password answer as staff do, except at the staff doors (stated per row). */
type Expect = Record<Exclude<Role, "staffNoFactor">, Outcome> & { staffNoFactor?: Outcome };
const STAFF_ONLY: Expect & { staffNoFactor: Outcome } = {
  visitor: "sign-in",
  otherLearner: "sign-in",
  owner: "sign-in",
  staff: 200,
  staffNoFactor: "second-factor",
};

// One table for every protected page and route: adding a route means adding a row here.
const MATRIX: { target: () => string; expect: Expect }[] = [
  { target: () => "/fr/dashboard", expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 } },
  { target: () => "/fr/account", expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 } },
  { target: () => "/fr/account/privacy", expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 } },
  { target: () => "/fr/certificate", expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 } },
  { target: () => "/fr/certificates", expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 } },
  {
    target: () => `/fr/certificates/${code()}`,
    expect: { visitor: "sign-in", otherLearner: 404, owner: 200, staff: 404 },
  },
  // The open unit (lib/progress/open-unit.ts): a visitor may study it, and its quiz asks them to sign up.
  {
    target: () => "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme",
    expect: { visitor: 200, otherLearner: 200, owner: 200, staff: 200 },
  },
  {
    target: () => "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz",
    expect: { visitor: 200, otherLearner: 200, owner: 200, staff: 200 },
  },
  // Every other unit and quiz stays closed to visitors.
  {
    target: () => "/fr/learn/comprendre-la-menace/modes-operatoires-et-cibles",
    expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 },
  },
  {
    target: () => "/fr/learn/tous-impliques/reagir/quiz",
    expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 },
  },
  {
    target: () =>
      "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/result/00000000-0000-0000-0000-000000000000",
    expect: { visitor: "sign-in", otherLearner: 404, owner: 404, staff: 404 },
  },
  {
    target: () => "/fr/learn/inconnu/inconnu",
    expect: { visitor: "sign-in", otherLearner: 404, owner: 404, staff: 404 },
  },
  { target: () => "/fr/staff", expect: STAFF_ONLY },
  { target: () => "/fr/staff/audit", expect: STAFF_ONLY },
  { target: () => "/fr/staff/requests/new", expect: STAFF_ONLY },
  // A request's page: the staff door comes before the lookup, so nobody else learns whether it exists.
  { target: () => "/fr/staff/requests/00000000-0000-4000-8000-000000000000", expect: { ...STAFF_ONLY, staff: 404 } },
  { target: () => "/fr/staff/requests/pas-un-identifiant", expect: { ...STAFF_ONLY, staff: 404 } },
  { target: () => "/fr/staff/statistics", expect: STAFF_ONLY },
  { target: () => "/fr/staff/statistics?from=2026-12-01&to=2026-01-01&track=x", expect: STAFF_ONLY },
  // The CSVs: anyone but staff past the second factor gets the visitor's answer.
  {
    target: () => "/api/staff/statistics/daily?locale=fr",
    expect: { visitor: 404, otherLearner: 404, owner: 404, staff: 200, staffNoFactor: 404 },
  },
  {
    target: () => "/api/staff/statistics/questions?from=2026-12-01&to=2026-01-01",
    expect: { visitor: 404, otherLearner: 404, owner: 404, staff: 400, staffNoFactor: 404 },
  },
  { target: () => "/fr/staff/audit?page=2", expect: STAFF_ONLY },
  { target: () => "/fr/staff/policies", expect: STAFF_ONLY },
  { target: () => "/fr/staff/policies/site", expect: STAFF_ONLY },
  { target: () => "/fr/staff/policies/privacy", expect: STAFF_ONLY },
  { target: () => "/fr/reauth", expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 } },
  {
    target: () => "/fr/account/privacy/summary",
    expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 },
  },
  { target: () => "/api/account/export", expect: { visitor: 401, otherLearner: 200, owner: 200, staff: 200 } },
  {
    target: () => `/api/certificates/${code()}/pdf`,
    expect: { visitor: 404, otherLearner: 404, owner: 200, staff: 404 },
  },
  {
    target: () => `/api/certificates/${code()}/open-badge`,
    expect: { visitor: 404, otherLearner: 404, owner: 200, staff: 404 },
  },
  // Public by design: the keys that verify certificates.
  {
    target: () => "/.well-known/vigie-certificate-keys.json",
    expect: { visitor: 200, otherLearner: 200, owner: 200, staff: 200 },
  },
  { target: () => "/api/cron/purge", expect: { visitor: 403, otherLearner: 403, owner: 403, staff: 403 } },
  // Only a scraper holding METRICS_TOKEN: a session, even staff's, is no token.
  { target: () => "/api/metrics", expect: { visitor: 401, otherLearner: 401, owner: 401, staff: 401 } },
  // A lesson checklist with the learner's own ticks (the URL names no learner: each gets theirs).
  {
    target: () => "/fr/checklists/m3-u2-site",
    expect: { visitor: "sign-in", otherLearner: 200, owner: 200, staff: 200 },
  },
  {
    target: () => "/fr/checklists/inconnue",
    expect: { visitor: "sign-in", otherLearner: 404, owner: 404, staff: 404 },
  },
  {
    target: () => "/api/checklists/m3-u2-site/pdf",
    expect: { visitor: 401, otherLearner: 200, owner: 200, staff: 200 },
  },
  { target: () => "/api/checklists/inconnue/pdf", expect: { visitor: 401, otherLearner: 404, owner: 404, staff: 404 } },
  // Public by design: the steward's briefing card, the same for everyone.
  {
    target: () => "/api/resources/steward-briefing?locale=fr",
    expect: { visitor: 200, otherLearner: 200, owner: 200, staff: 200 },
  },
  // The personal part of the static pages: everyone gets 200, each only their own (checked below).
  { target: () => "/api/me", expect: { visitor: 200, otherLearner: 200, owner: 200, staff: 200 } },
];

const FIRST_NAME: Record<Exclude<Role, "visitor">, string> = {
  otherLearner: "Autre",
  owner: "Olga",
  staff: "Sam",
  staffNoFactor: "Sam",
};

async function requestFor(
  browser: Browser,
  role: Role,
): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext();
  if (role !== "visitor") {
    const page = await context.newPage();
    if (role === "staff") await signInStaff(page, "fr", SIGN_IN[role]);
    else await signIn(page, "fr", SIGN_IN[role]);
    await expect(page).toHaveURL(role === "staffNoFactor" ? /\/fr\/sign-in\/second-factor/ : /\/fr\/dashboard/);
  }
  return { request: context.request, close: () => context.close() };
}

test("every protected page and route answers each role as the matrix says", async ({ browser }) => {
  // A learner sent to sign in gets the visitor's very answer (at a staff door, nothing tells them apart).
  const visitorAnswer = new Map<string, string | undefined>();
  for (const role of ["visitor", "otherLearner", "owner", "staff", "staffNoFactor"] as const) {
    const { request, close } = await requestFor(browser, role);
    for (const row of MATRIX) {
      const target = row.target();
      const response = await request.get(target, { maxRedirects: 0 });
      const expected = role === "staffNoFactor" ? (row.expect.staffNoFactor ?? row.expect.staff) : row.expect[role];
      const where = `${role} → ${target}`;
      if (typeof expected === "number") {
        expect(response.status(), where).toBe(expected);
        // Whatever a signed-in person receives must never be kept by a shared cache.
        if (
          expected === 200 &&
          role !== "visitor" &&
          !target.startsWith("/.well-known/") &&
          !target.startsWith("/api/resources/")
        )
          expect(response.headers()["cache-control"] ?? "", where).toMatch(/private|no-store/);
      } else {
        expect(response.status(), where).toBeGreaterThanOrEqual(300);
        expect(response.status(), where).toBeLessThan(400);
        const location = { "sign-in": "/fr/sign-in?", "second-factor": "/sign-in/second-factor?" };
        expect(response.headers()["location"], where).toContain(location[expected]);
        if (expected === "sign-in" && role === "visitor") visitorAnswer.set(target, response.headers()["location"]);
        else if (expected === "sign-in")
          expect(response.headers()["location"], `${where}: the visitor's answer`).toBe(visitorAnswer.get(target));
      }
      if (target === "/api/me") {
        expect(response.headers()["cache-control"], where).toBe("private, no-store");
        const me = (await response.json()) as { signedIn: boolean; firstName?: string };
        expect(me.signedIn, where).toBe(role !== "visitor");
        if (role !== "visitor") expect(me.firstName, where).toBe(FIRST_NAME[role]);
      }
      // The readable summary of one's data: never kept by any cache, and only one's own.
      if (target === "/fr/account/privacy/summary" && expected === 200) {
        expect(response.headers()["cache-control"], where).toMatch(/no-store/);
        const html = await response.text();
        for (const other of Object.values(SIGN_IN))
          expect(html.includes(`>${other}<`), `${where}: ${other}`).toBe(
            other === SIGN_IN[role as Exclude<Role, "visitor">],
          );
      }
      if (target === "/api/account/export" && expected === 200) {
        const data = (await response.json()) as { profile: { username: string } };
        expect(data.profile.username, where).toBe(SIGN_IN[role as Exclude<Role, "visitor">]);
      }
    }
    await close();
  }
});

// The organisation pages and reports: the manager, a member, the manager of another organisation,
// someone outside it and staff (who see no organisation they do not belong to).
type OrgRole = "visitor" | "manager" | "member" | "otherManager" | "nonMember" | "staff";
const ORG_SIGN_IN: Record<Exclude<OrgRole, "visitor">, string> = {
  manager: E2E_USERS.orgManager,
  member: E2E_USERS.orgMember,
  otherManager: E2E_USERS.orgOtherManager,
  nonMember: E2E_USERS.other,
  staff: E2E_USERS.staff,
};
const organisationId = () =>
  (JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as { organisationId: string }).organisationId;
const MANAGER_ONLY = { visitor: 404, manager: 200, member: 404, otherManager: 404, nonMember: 404, staff: 404 };
const ORG_MATRIX: { target: () => string; expect: Record<OrgRole, Outcome> }[] = [
  {
    target: () => "/fr/organisations",
    expect: { visitor: "sign-in", manager: 200, member: 200, otherManager: 200, nonMember: 200, staff: 200 },
  },
  {
    target: () => `/fr/organisations/${organisationId()}`,
    expect: { visitor: "sign-in", manager: 200, member: 200, otherManager: 404, nonMember: 404, staff: 404 },
  },
  {
    target: () => "/fr/organisations/00000000-0000-4000-8000-000000000000",
    expect: { visitor: "sign-in", manager: 404, member: 404, otherManager: 404, nonMember: 404, staff: 404 },
  },
  {
    target: () => "/fr/organisations/join/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    expect: { visitor: "sign-in", manager: 200, member: 200, otherManager: 200, nonMember: 200, staff: 200 },
  },
  { target: () => `/api/organisations/${organisationId()}/report?format=csv`, expect: MANAGER_ONLY },
  { target: () => `/api/organisations/${organisationId()}/report?format=pdf`, expect: MANAGER_ONLY },
];

test("organisation pages and reports answer each role as the matrix says", async ({ browser }) => {
  for (const role of ["visitor", "manager", "member", "otherManager", "nonMember", "staff"] as const) {
    const context = await browser.newContext();
    if (role !== "visitor") {
      const page = await context.newPage();
      if (role === "staff") await signInStaff(page, "fr", ORG_SIGN_IN[role]);
      else await signIn(page, "fr", ORG_SIGN_IN[role]);
      await expect(page).toHaveURL(/\/fr\/dashboard/);
    }
    for (const row of ORG_MATRIX) {
      const target = row.target();
      const response = await context.request.get(target, { maxRedirects: 0 });
      const expected = row.expect[role];
      const where = `${role} → ${target}`;
      if (typeof expected === "number") {
        expect(response.status(), where).toBe(expected);
        if (expected === 200) expect(response.headers()["cache-control"] ?? "", where).toMatch(/private|no-store/);
      } else {
        expect(response.status(), where).toBeGreaterThanOrEqual(300);
        expect(response.headers()["location"], where).toContain("/fr/sign-in?");
      }
      // A member's page shows what is shared and the way out, never the team's report.
      if (role === "member" && target.endsWith(organisationId()) && expected === 200) {
        const html = await response.text();
        expect(html, where).toContain("Quitter l&#x27;organisation");
        expect(html, where).not.toContain("/report?");
      }
    }
    await context.close();
  }
});
