// Sessions over HTTP against `next start` (pentest #12, findings 4 and 9): every sign-out path ends the
// server-side session, Auth.js's session endpoint never shows the session id, signing in again ends the
// browser's previous session, no quiz draft outlives a sign-out, and what must not be kept or indexed
// says so in its headers.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { quizDraftKey } from "../../components/quiz/quiz-draft";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_PASSWORD, E2E_USERS, FIXTURES_FILE } from "../support/e2e-users";
import { signIn, signInOverHttp } from "./helpers";

const SESSION_COOKIE = "authjs.session-token";
const ORIGIN = { origin: E2E_BASE_URL };
type Playwright = PlaywrightWorkerArgs["playwright"];

/** Signs in the way a non-browser client does (CSRF pair, then credentials); returns the session cookie. */
async function apiSignIn(request: APIRequestContext, username: string): Promise<string> {
  await signInOverHttp(request, username);
  return sessionCookieOf((await request.storageState()).cookies);
}

function sessionCookieOf(cookies: { name: string; value: string }[]): string {
  const value = cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  if (!value) throw new Error("no session cookie");
  return value;
}

/** A request carrying only the given session cookie, from a fresh client (as a thief replaying it). */
async function replay(playwright: Playwright, cookie: string, path: string) {
  const client = await playwright.request.newContext({
    baseURL: E2E_BASE_URL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${cookie}` },
  });
  const res = await client.get(path, { maxRedirects: 0 });
  const answer = { status: res.status(), location: res.headers()["location"] ?? "", body: await res.text() };
  await client.dispose();
  return answer;
}

async function expectSignedOut(playwright: Playwright, cookie: string) {
  const dashboard = await replay(playwright, cookie, "/fr/dashboard");
  expect(dashboard.status).toBeGreaterThanOrEqual(300);
  expect(dashboard.status).toBeLessThan(400);
  expect(dashboard.location).toContain("/fr/sign-in");
  expect((await replay(playwright, cookie, "/api/auth/session")).body).toBe("null");
}

async function sidOf(cookie: string): Promise<string> {
  const token = await decode({ token: cookie, secret: E2E_AUTH_SECRET, salt: SESSION_COOKIE });
  if (typeof token?.sid !== "string") throw new Error("no sid in the cookie");
  return token.sid;
}

/** Leaves a quiz draft (as the quiz form does) and a checklist tick in this browser's storage. */
async function leaveDraft(page: Page) {
  await page.evaluate((key) => {
    localStorage.setItem(key, JSON.stringify({ "q_m1-u1-q1": ["a"] }));
    localStorage.setItem("vigie-checklist-e2e", JSON.stringify(["item"]));
  }, quizDraftKey("m1-u1"));
}

const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

test("Auth.js's own POST /api/auth/signout ends the server-side session: the old cookie no longer opens anything", async ({
  playwright,
}) => {
  const client = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const cookie = await apiSignIn(client, E2E_USERS.sessions);
  expect((await replay(playwright, cookie, "/fr/dashboard")).status).toBe(200);

  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await client.post("/api/auth/signout", { form: { csrfToken }, headers: ORIGIN, maxRedirects: 0 });
  expect(signOut.status()).toBe(302);
  await client.dispose();

  await expectSignedOut(playwright, cookie);
});

test("/api/auth/session shows page scripts the expiry only: never the session id nor the token's contents", async ({
  playwright,
}) => {
  const client = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const cookie = await apiSignIn(client, E2E_USERS.sessions);
  const res = await client.get("/api/auth/session");
  const body = await res.text();
  expect(Object.keys(JSON.parse(body) as object)).toEqual(["expires"]);
  expect(body).not.toContain(await sidOf(cookie));
  expect(body).not.toMatch(/sid|iat|jti|exp"/);
  expect(res.headers()["cache-control"]).toContain("no-store");
  await client.dispose();
});

test("signing in again ends the session the browser had (through the API and through the sign-in form)", async ({
  playwright,
  page,
  context,
}) => {
  const client = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const first = await apiSignIn(client, E2E_USERS.sessions);
  const second = await apiSignIn(client, E2E_USERS.sessions);
  expect(second).not.toBe(first);
  await client.dispose();
  await expectSignedOut(playwright, first);
  expect((await replay(playwright, second, "/fr/dashboard")).status).toBe(200);

  await signIn(page, "fr", E2E_USERS.sessions);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  const before = sessionCookieOf(await context.cookies());
  await signIn(page, "fr", E2E_USERS.sessions);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  expect(sessionCookieOf(await context.cookies())).not.toBe(before);
  await expectSignedOut(playwright, before);
});

test("the sign-out button ends the session and clears quiz drafts from this browser, checklist ticks kept", async ({
  playwright,
  page,
  context,
}) => {
  await signIn(page, "fr", E2E_USERS.sessions);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  const cookie = sessionCookieOf(await context.cookies());
  await leaveDraft(page);
  expect(await storedKeys(page)).toContain(quizDraftKey("m1-u1"));
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  expect(await storedKeys(page)).toEqual(["vigie-checklist-e2e"]);
  await expectSignedOut(playwright, cookie);
});

test("after account deletion the old cookie answers as signed out, and no quiz draft stays behind", async ({
  playwright,
  page,
  context,
}) => {
  await signIn(page, "fr", E2E_USERS.leaving);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  const cookie = sessionCookieOf(await context.cookies());
  await page.goto("/fr/account/privacy");
  await leaveDraft(page);
  await page.getByLabel("Mot de passe actuel", { exact: true }).fill(E2E_PASSWORD);
  await page.getByLabel("Je comprends que la suppression est définitive.").check();
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/account-deleted/);
  await expect.poll(() => storedKeys(page)).toEqual(["vigie-checklist-e2e"]);
  await expectSignedOut(playwright, cookie);
});

test("Auth.js's own sign-out page leads to the app's sign-out button", async ({ request }) => {
  const res = await request.get("/api/auth/signout", { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(new URL(res.headers()["location"] ?? "", E2E_BASE_URL).pathname).toBe("/fr/dashboard");
});

const certificateCode = () =>
  (JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as { ownerCertificateCode: string }).ownerCertificateCode;

test("a certificate verification page is never indexed", async ({ request }) => {
  const code = certificateCode();
  for (const locale of ["fr", "en"]) {
    const res = await request.get(`/${locale}/verify/${code}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["x-robots-tag"]).toBe("noindex");
    expect(await res.text()).toContain('<meta name="robots" content="noindex"/>');
  }
  // The form page without a code may be indexed; no verification link is in the sitemap, and robots.txt
  // leaves them crawlable so that search engines read their noindex.
  expect((await request.get("/fr/verify")).headers()["x-robots-tag"]).toBeUndefined();
  expect(await (await request.get("/sitemap.xml")).text()).not.toMatch(/\/verify\/[^<]/);
  expect(await (await request.get("/robots.txt")).text()).not.toContain("/verify");
});

test("the certificate PDF is never stored, not even by the browser's cache", async ({ playwright }) => {
  const code = certificateCode();
  const owner = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await apiSignIn(owner, E2E_USERS.certOwner);
  const pdf = await owner.get(`/api/certificates/${code}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toBe("no-store");
  await owner.dispose();
});
