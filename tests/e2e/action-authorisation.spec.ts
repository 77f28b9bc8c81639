import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { hiddenFields, signIn, signInStaff } from "./helpers";

// Server actions posted directly, as a forged or replayed browser form would be, by each role.
// The form (with its hidden server-action fields) is taken from the page of the person allowed to
// use it; one table, so a new action means a new row.
// "staffNoFactor": a staff member who typed the password but not yet the authenticator's code.
type Role = "visitor" | "otherLearner" | "owner" | "staff" | "staffNoFactor";
type Outcome = "sign-in" | "dashboard" | "second-factor" | "refused-in-form";

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
  {
    action: "setDataRequestStatus",
    page: "/fr/staff",
    marker: 'name="status"',
    from: "staff",
    fields: { status: "done" },
    expect: { visitor: "sign-in", otherLearner: "dashboard", owner: "dashboard", staffNoFactor: "second-factor" },
  },
  // The real form, fingerprint included: anyone but staff past the second factor would publish new terms.
  {
    action: "publishPolicy",
    page: "/fr/staff/policies/site",
    marker: 'name="confirm"',
    from: "staff",
    fields: { confirm: "on" },
    expect: { visitor: "sign-in", otherLearner: "dashboard", owner: "dashboard", staffNoFactor: "second-factor" },
  },
  {
    action: "verifySecondFactor",
    page: "/fr/sign-in/second-factor",
    marker: 'name="code"',
    from: "staffNoFactor",
    fields: { code: "000000" },
    expect: { visitor: "sign-in", otherLearner: "dashboard", owner: "dashboard" },
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
  // The staff queue needs a request to show its form.
  const privacy = await (await roles.otherLearner!.request.get("/fr/account/privacy")).text();
  await roles.otherLearner!.request.post("/fr/account/privacy", {
    headers: { origin: baseURL! },
    multipart: {
      ...hiddenFields(privacy, 'name="message"', "privacy"),
      kind: "access",
      message: "Merci de me transmettre mes données.",
    },
  });
  let checked = 0;
  for (const row of MATRIX) {
    const html = await (await roles[row.from]!.request.get(row.page)).text();
    const form = hiddenFields(html, row.marker, `${row.action} on ${row.page}`);
    for (const [role, outcome] of Object.entries(row.expect) as [Role, Outcome][]) {
      const where = `${role} → ${row.action}`;
      const response = await roles[role]!.request.post(row.page, {
        headers: { origin: baseURL! },
        multipart: { ...form, ...row.fields },
        maxRedirects: 0,
      });
      if (outcome === "refused-in-form") {
        expect(response.status(), where).toBe(200);
        expect(await response.text(), where).toContain("Ce questionnaire a expiré");
      } else {
        expect(response.status(), where).toBe(303);
        const location = {
          "sign-in": "/fr/sign-in?",
          dashboard: "/fr/dashboard",
          "second-factor": "/sign-in/second-factor?",
        };
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
