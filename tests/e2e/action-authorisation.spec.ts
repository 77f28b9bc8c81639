import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import { E2E_PASSWORD, E2E_USERS, FIXTURES_FILE } from "../support/e2e-users";
import { hiddenFields, signIn, signInStaff } from "./helpers";

// Server actions posted directly, as a forged or replayed browser form would be, by each role.
// The form (with its hidden server-action fields) is taken from the page of the person allowed to
// use it; one table, so a new action means a new row.
// "staffNoFactor": a staff member who typed the password but not yet the authenticator's code.
type Role = "visitor" | "otherLearner" | "owner" | "staff" | "staffNoFactor";
type Outcome = "sign-in" | "second-factor" | "refused-in-form";

interface Row {
  action: string;
  page: string;
  /** A field only this form has. */
  marker: string;
  from: Role;
  fields: Record<string, string>;
  /** Destructive or self-targeted rows are only posted by the roles listed. */
  expect: Partial<Record<Role, Outcome>>;
}

const MATRIX: Row[] = [
  {
    action: "updateProfile",
    page: "/fr/account",
    marker: 'name="firstName"',
    from: "otherLearner",
    fields: { firstName: "Pirate", lastName: "Pirate", track: "public" },
    expect: { visitor: "sign-in" },
  },
  {
    action: "changeEmail",
    page: "/fr/account",
    marker: 'name="email"',
    from: "owner",
    fields: { email: "pirate@example.org", password: E2E_PASSWORD },
    expect: { visitor: "sign-in" },
  },
  {
    action: "changePassword",
    page: "/fr/account",
    marker: 'name="newPassword"',
    from: "owner",
    fields: { currentPassword: E2E_PASSWORD, newPassword: "une autre phrase de passe pirate" },
    expect: { visitor: "sign-in" },
  },
  {
    action: "dataRequest",
    page: "/fr/account/privacy",
    marker: 'name="message"',
    from: "owner",
    fields: { kind: "access", message: "Demande forgée" },
    expect: { visitor: "sign-in" },
  },
  {
    action: "deleteAccount",
    page: "/fr/account/privacy",
    marker: 'name="confirmDelete"',
    from: "owner",
    fields: { password: E2E_PASSWORD, confirmDelete: "on" },
    expect: { visitor: "sign-in" },
  },
  {
    action: "submitQuiz (the owner's attempt)",
    page: "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz",
    marker: 'name="token"',
    from: "owner",
    fields: {},
    expect: { visitor: "sign-in", otherLearner: "refused-in-form" },
  },
  // Each learner saves only their own ticks: the form carries no learner, so only a visitor is refused.
  {
    action: "saveChecklist",
    page: "/fr/checklists/m3-u2-site",
    marker: 'name="checklistId"',
    from: "owner",
    fields: { item: "1" },
    expect: { visitor: "sign-in" },
  },
  // {emailed}: a request recorded by staff at the start of the test (an access request received by email).
  {
    action: "setDataRequestStatus",
    page: "/fr/staff/requests/{emailed}",
    marker: 'name="status"',
    from: "staff",
    fields: { status: "refused", note: "Refus forgé par quelqu'un d'autre que l'équipe." },
    expect: { visitor: "sign-in", otherLearner: "sign-in", owner: "sign-in", staffNoFactor: "second-factor" },
  },
  {
    action: "verifyDataRequestIdentity",
    page: "/fr/staff/requests/{emailed}",
    marker: 'name="method"',
    from: "staff",
    fields: { method: "document_seen" },
    expect: { visitor: "sign-in", otherLearner: "sign-in", owner: "sign-in", staffNoFactor: "second-factor" },
  },
  {
    action: "recordDataRequest",
    page: "/fr/staff/requests/new",
    marker: 'name="message"',
    from: "staff",
    fields: { email: "autre_e2e@example.org", kind: "erasure", message: "Demande forgée, enregistrée par un intrus." },
    expect: { visitor: "sign-in", otherLearner: "sign-in", owner: "sign-in", staffNoFactor: "second-factor" },
  },
  // A seeded open rectification request (rectif_matrice): anyone but staff past the second factor would
  // revoke that learner's certificate.
  {
    action: "rectifyCertificate",
    page: "/fr/staff",
    marker: 'name="lastName"',
    from: "staff",
    fields: { firstName: "Pirate", lastName: "Pirate", confirm: "on" },
    expect: { visitor: "sign-in", otherLearner: "sign-in", owner: "sign-in", staffNoFactor: "second-factor" },
  },
  // The real form, fingerprint included: anyone but staff past the second factor would publish new terms.
  {
    action: "publishPolicy",
    page: "/fr/staff/policies/site",
    marker: 'name="confirm"',
    from: "staff",
    fields: { confirm: "on" },
    expect: { visitor: "sign-in", otherLearner: "sign-in", owner: "sign-in", staffNoFactor: "second-factor" },
  },
  {
    action: "verifySecondFactor",
    page: "/fr/sign-in/second-factor",
    marker: 'name="code"',
    from: "staffNoFactor",
    fields: { code: "000000" },
    expect: { visitor: "sign-in", otherLearner: "sign-in", owner: "sign-in" },
  },
];

const ACCOUNTS: Record<Exclude<Role, "visitor">, string> = {
  otherLearner: E2E_USERS.other,
  owner: E2E_USERS.certOwner,
  staff: E2E_USERS.staff,
  staffNoFactor: E2E_USERS.staff,
};

async function contextFor(
  browser: Browser,
  role: Role,
): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext();
  if (role !== "visitor") {
    const page = await context.newPage();
    if (role === "staff") await signInStaff(page, "fr", ACCOUNTS[role]);
    else await signIn(page, "fr", ACCOUNTS[role]);
    await expect(page).toHaveURL(role === "staffNoFactor" ? /\/fr\/sign-in\/second-factor/ : /\/fr\/dashboard/);
  }
  return { request: context.request, close: () => context.close() };
}

test("every protected server action refuses each role it is not for", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const roles = Object.fromEntries(
    await Promise.all(
      (["visitor", "otherLearner", "owner", "staff", "staffNoFactor"] as const).map(
        async (r) => [r, await contextFor(browser, r)] as const,
      ),
    ),
  );
  // The request page needs an open request received by email to show its step and identity forms.
  const record = await (await roles.staff!.request.get("/fr/staff/requests/new")).text();
  const recorded = await roles.staff!.request.post("/fr/staff/requests/new", {
    headers: { origin: baseURL! },
    multipart: {
      ...hiddenFields(record, 'name="message"', "record a request"),
      email: `${E2E_USERS.other}@example.org`,
      kind: "access",
      message: "Reçue par courriel : merci de me transmettre mes données.",
    },
    maxRedirects: 0,
  });
  const emailed = /\/fr\/staff\/requests\/([0-9a-f-]{36})/.exec(recorded.headers()["location"] ?? "")?.[1];
  expect(emailed, "the recorded request's page").toBeTruthy();
  let checked = 0;
  for (const row of MATRIX) {
    const page = row.page.replace("{emailed}", emailed ?? "");
    const html = await (await roles[row.from]!.request.get(page)).text();
    const form = hiddenFields(html, row.marker, `${row.action} on ${page}`);
    for (const [role, outcome] of Object.entries(row.expect) as [Role, Outcome][]) {
      const where = `${role} → ${row.action}`;
      const response = await roles[role]!.request.post(page, {
        headers: { origin: baseURL! },
        multipart: { ...form, ...row.fields },
        maxRedirects: 0,
      });
      if (outcome === "refused-in-form") {
        expect(response.status(), where).toBe(200);
        expect(await response.text(), where).toContain("Ce questionnaire a expiré");
      } else {
        expect(response.status(), where).toBe(303);
        const location = { "sign-in": "/fr/sign-in?", "second-factor": "/sign-in/second-factor?" };
        expect(response.headers()["location"], where).toContain(location[outcome]);
      }
      checked += 1;
    }
  }
  expect(checked).toBe(MATRIX.reduce((n, r) => n + Object.keys(r.expect).length, 0));
  // Nothing above reached the owner's data: the owner is still signed in with the same profile.
  const account = await (await roles.owner!.request.get("/fr/account")).text();
  expect(account).not.toContain("Pirate");
  for (const { close } of Object.values(roles)) await close!();
});

// The organisation manager's forms, taken from the manager's page and posted by everyone else: a member,
// the manager of another organisation, someone outside it and staff. None of them may remove a member,
// hand the organisation over or delete it; a visitor is sent to sign in.
test("organisation manager actions refuse members, other managers, outsiders and staff", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { organisationId } = JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as { organisationId: string };
  const page = `/fr/organisations/${organisationId}`;
  const signedIn = async (username: string | null, staff = false) => {
    const context = await browser.newContext();
    if (username) {
      const p = await context.newPage();
      if (staff) await signInStaff(p, "fr", username);
      else await signIn(p, "fr", username);
      await expect(p).toHaveURL(/\/fr\/dashboard/);
    }
    return context;
  };
  const manager = await signedIn(E2E_USERS.orgManager);
  const html = await (await manager.request.get(page)).text();
  const removeMember = hiddenFields(html, 'id="remove-', "remove member");
  const forms = {
    removeMember,
    transfer: {
      ...hiddenFields(html, 'name="confirmTransfer"', "transfer"),
      memberId: removeMember.memberId!,
      confirmTransfer: "on",
    },
    deleteOrganisation: { ...hiddenFields(html, 'name="confirmDelete"', "delete"), confirmDelete: "on" },
  };
  const intruders = {
    visitor: await signedIn(null),
    member: await signedIn(E2E_USERS.orgMember),
    otherManager: await signedIn(E2E_USERS.orgOtherManager),
    nonMember: await signedIn(E2E_USERS.other),
    staff: await signedIn(E2E_USERS.staff, true),
  };
  for (const [who, context] of Object.entries(intruders)) {
    for (const [action, fields] of Object.entries(forms)) {
      const response = await context.request.post(page, {
        headers: { origin: baseURL! },
        multipart: fields,
        maxRedirects: 0,
      });
      const where = `${who} → ${action}`;
      if (who === "visitor") {
        expect(response.status(), where).toBe(303);
        expect(response.headers()["location"], where).toContain("/fr/sign-in?");
      } else {
        expect(response.status(), where).toBeLessThan(500);
        expect(response.headers()["location"] ?? "", where).not.toContain("deleted=1");
      }
    }
  }
  // Nothing changed: the member is still listed, and the manager still manages.
  const after = await (await manager.request.get(page)).text();
  expect(after).toContain("Mina Membre");
  expect(after).toContain('name="confirmDelete"');
  for (const context of [manager, ...Object.values(intruders)]) await context.close();
});
