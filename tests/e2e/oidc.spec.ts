// Sign in with FranceConnect in a browser, against the local OIDC provider. This journey runs its own
// `next start` (on a free port, its own embedded database) with the OIDC variables set, so the shared
// end-to-end server, and every other spec's pages, stay exactly as they are without them.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "../support/e2e-users";
import { startTestOidcProvider, type TestOidcProvider } from "../support/oidc/provider";
import { extractPdfText } from "../support/pdf-text";
import { expectAccessible, hiddenFields } from "./helpers";

const DATA_DIR = "test-results/pglite-oidc";
const client = { clientId: "vigie-e2e", clientSecret: "e2e-oidc-client-secret-0123456789" };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let op: TestOidcProvider;
let app: ChildProcess;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  base = `http://localhost:${port}`;
  op = await startTestOidcProvider({
    clients: [
      {
        ...client,
        redirectUris: [`${base}/api/auth/callback/franceconnect`],
        postLogoutRedirectUris: [`${base}/api/auth/oidc-logout-callback`],
      },
    ],
  });
  rmSync(DATA_DIR, { recursive: true, force: true });
  const env = {
    ...process.env,
    PGLITE_DIR: DATA_DIR,
    DATABASE_URL: "",
    APP_URL: base,
    AUTH_SECRET: "e2e-oidc-secret-not-for-production-0123456789",
    OUTBOX_DIR: "test-results/outbox-oidc",
    OIDC_FRANCECONNECT_ISSUER: op.issuer,
    OIDC_FRANCECONNECT_CLIENT_ID: client.clientId,
    OIDC_FRANCECONNECT_CLIENT_SECRET: client.clientSecret,
    // Half set: logged, and no ProConnect button.
    OIDC_PROCONNECT_ISSUER: "http://idp.example.org",
  };
  const seed = spawnSync(
    "npx",
    ["tsx", "--import", "./scripts/allow-server-only.mjs", "tests/support/oidc/e2e-seed.ts"],
    {
      env,
      stdio: "inherit",
    },
  );
  if (seed.status !== 0) throw new Error("OIDC e2e seed failed");
  // Its own process group: npx starts next-server as a child, which must stop with it.
  app = spawn("npx", ["next", "start", "-p", String(port)], { env, stdio: "ignore", detached: true });
  for (let i = 0; i < 120; i += 1) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the OIDC e2e server did not start");
});

test.afterAll(async () => {
  if (app?.pid) process.kill(-app.pid, "SIGTERM");
  await op?.close();
});

test("signs a linked FranceConnect identity in from the sign-in page, by keyboard", async ({ page }) => {
  await page.goto(`${base}/fr/sign-in`);
  const button = page.getByRole("button", { name: "S’identifier avec FranceConnect" });
  await expect(button).toBeVisible();
  await expect(page.getByRole("button", { name: /ProConnect/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Qu’est-ce que FranceConnect ?" })).toHaveAttribute("target", "_blank");
  await expectAccessible(page, "sign-in page with FranceConnect");
  await button.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Marie-Hélène Dupont" }).click();
  await page.waitForURL(`${base}/fr/dashboard`);
  await expectAccessible(page, "dashboard after FranceConnect");
});

test("a new person completes the registration step: names from the identity, then the dashboard", async ({ page }) => {
  await page.goto(`${base}/fr/sign-in`);
  await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
  await page.getByRole("button", { name: "Élodie Lefèvre" }).click();
  await page.waitForURL(`${base}/fr/sign-up/identity`);
  await expect(page.getByRole("heading", { name: "Identité vérifiée par FranceConnect" })).toBeVisible();
  await expect(page.getByText("Lefèvre", { exact: true })).toBeVisible();
  // No session until the registration is complete.
  expect(await (await page.request.get(`${base}/api/auth/session`)).json()).toBeNull();
  await expectAccessible(page, "complete your registration");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Vous devez accepter les conditions d'utilisation.").first()).toBeVisible();
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL(`${base}/fr/dashboard`);
  await expectAccessible(page, "dashboard after registering with FranceConnect");
});

test("a person under 15 is told registration is not possible, and nothing is created", async ({ page }) => {
  await page.goto(`${base}/en/sign-in`);
  await page.getByRole("button", { name: "Sign in with FranceConnect" }).click();
  await page.getByRole("button", { name: "Lucas Martin" }).click();
  // In the language the sign-in started in.
  await page.waitForURL(`${base}/en/sign-up/identity`);
  await expect(page.getByRole("alert").filter({ hasText: "open from age 15" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create my account" })).toHaveCount(0);
  await expectAccessible(page, "registration refused under 15");
  expect(await (await page.request.get(`${base}/api/auth/session`)).json()).toBeNull();
});

test("a tampered ID token signature opens nothing, with a clear message", async ({ page }) => {
  await page.goto(`${base}/fr/sign-in`);
  op.tamper("bad-signature");
  try {
    await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
    await page.getByRole("button", { name: "Marie-Hélène Dupont" }).click();
    await page.waitForURL(`${base}/fr/sign-in?oidc=invalid`);
  } finally {
    op.tamper(null);
  }
  await expect(
    page.getByRole("alert").filter({ hasText: "l’identité transmise n’a pas pu être vérifiée" }),
  ).toBeVisible();
  const session = await page.request.get(`${base}/api/auth/session`);
  expect(await session.json()).toBeNull();
});

for (const [tampering, label] of [
  ["wrong-audience", "for another client"],
  ["wrong-nonce", "with a nonce not the one sent"],
  ["expired", "already expired"],
] as const) {
  test(`an ID token ${label} opens nothing, with a clear message`, async ({ page }) => {
    await page.goto(`${base}/fr/sign-in`);
    op.tamper(tampering);
    try {
      await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
      await page.getByRole("button", { name: "Marie-Hélène Dupont" }).click();
      await page.waitForURL(`${base}/fr/sign-in?error=Configuration`);
    } finally {
      op.tamper(null);
    }
    await expect(
      page.getByRole("alert").filter({ hasText: "La connexion a échoué ou a été interrompue" }),
    ).toBeVisible();
    expect(await (await page.request.get(`${base}/api/auth/session`)).json()).toBeNull();
  });
}

test("a certificate issued to names FranceConnect verified says so: review, PDF, verification page", async ({
  page,
  browser,
}) => {
  await page.goto(`${base}/fr/sign-in`);
  await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
  await page.getByRole("button", { name: "Théo Garnier" }).click();
  await page.waitForURL(`${base}/fr/dashboard`);
  await page.getByRole("link", { name: "Obtenir mon attestation" }).click();
  await expect(page.getByText("Ces noms viennent de FranceConnect, qui a vérifié votre identité")).toBeVisible();
  await expectAccessible(page, "certificate review with verified names");
  await page.getByLabel(/^2\. J'ai compris/).check();
  await page.getByLabel(/^3\. Pour confirmer/).fill("Théo Garnier");
  await page.getByRole("button", { name: "Délivrer mon attestation" }).click();
  await expect(page.getByText("Votre attestation a été délivrée.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Attestation de suivi — version accessible" })).toContainText(
    "Identité vérifiée par FranceConnect",
  );
  await expectAccessible(page, "certificate issued with verified names");
  const href = await page.getByRole("link", { name: "Télécharger l'attestation (PDF)" }).getAttribute("href");
  const pdf = await page.request.get(`${base}${href}`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(await extractPdfText(await pdf.body())).toContain("Identité vérifiée par FranceConnect");
  const code = (
    await page.locator("dt", { hasText: "Code de vérification" }).locator("xpath=following-sibling::dd[1]").innerText()
  ).trim();
  const visitor = await browser.newContext();
  const verification = await visitor.newPage();
  await verification.goto(`${base}/fr/verify/${code}`);
  await expect(verification.getByText("Identité vérifiée par FranceConnect")).toBeVisible();
  await expectAccessible(verification, "verification page of a verified identity");
  await visitor.close();
});

test("names from FranceConnect are shown verified and read-only on the profile", async ({ page }) => {
  await page.goto(`${base}/fr/sign-in`);
  await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
  await page.getByRole("button", { name: "Anne-Sophie Nguyễn" }).click();
  await page.waitForURL(`${base}/fr/sign-up/identity`);
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL(`${base}/fr/dashboard`);
  await page.goto(`${base}/fr/account`);
  const names = page.locator("[data-verified-names]");
  await expect(names.getByText("✓ Identité vérifiée par FranceConnect", { exact: true })).toBeVisible();
  await expect(names.getByText("Nguyễn", { exact: true })).toBeVisible();
  await expect(names).toContainText("il faut un compte avec mot de passe");
  await expect(page.getByRole("textbox", { name: /Prénom|Nom de famille/ })).toHaveCount(0);
  await expectAccessible(page, "profile with names verified by FranceConnect");
});

test("an existing password account proves it is theirs, is linked, and lists FranceConnect", async ({ page }) => {
  await page.goto(`${base}/fr/sign-in`);
  await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
  await page.getByRole("button", { name: "Jeanne Moreau" }).click();
  await page.waitForURL(`${base}/fr/sign-up/identity`);
  await expect(page.getByRole("heading", { name: "Associer FranceConnect à votre compte" })).toBeVisible();
  await expect(page.getByText("Un compte Vigie existe déjà avec cette adresse")).toBeVisible();
  await expect(page.getByRole("button", { name: "Créer mon compte" })).toHaveCount(0);
  await expectAccessible(page, "link an existing account");
  // By keyboard: a wrong password first, refused in the form, nothing linked.
  const password = page.getByLabel("Mot de passe de votre compte Vigie");
  await password.focus();
  await page.keyboard.type("pas le bon mot de passe");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Mot de passe incorrect.").first()).toBeVisible();
  await expectAccessible(page, "link refused: wrong password");
  await password.fill(E2E_PASSWORD);
  await password.press("Enter");
  await page.waitForURL(`${base}/fr/dashboard`);

  await page.goto(`${base}/fr/account`);
  const methods = page.getByRole("region", { name: "Moyens de connexion" });
  await expect(methods.getByText("FranceConnect", { exact: true })).toBeVisible();
  await expect(methods.getByText(/associé le/)).toBeVisible();
  await expectAccessible(page, "account: ways to sign in");
  // The unlink form, forged by a visitor: sent to sign in.
  const html = await (await page.request.get(`${base}/fr/account`)).text();
  const form = hiddenFields(html, 'value="franceconnect"', "unlink FranceConnect");
  const forged = await page.context().browser()!.newContext();
  const refused = await forged.request.post(`${base}/fr/account`, {
    headers: { origin: base },
    multipart: form,
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(303);
  expect(refused.headers()["location"]).toContain("/fr/sign-in?");
  await forged.close();
  // A password was chosen: FranceConnect may be unlinked, then linked again from the profile.
  await methods.getByRole("button", { name: "Dissocier FranceConnect" }).click();
  await expect(page.getByText("Le service a été dissocié de votre compte.")).toBeVisible();
  await page.getByRole("button", { name: "Associer FranceConnect" }).click();
  await page.waitForURL(`${base}/fr/account?link=linked#sign-in-methods`);
  await expect(page.getByText("Le service est désormais associé à votre compte")).toBeVisible();
});

test("signing out ends the session here, then at FranceConnect, and comes back signed out", async ({ page }) => {
  await page.goto(`${base}/fr/sign-in`);
  await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
  await page.getByRole("button", { name: "Marie-Hélène Dupont" }).click();
  await page.waitForURL(`${base}/fr/dashboard`);
  const atProvider: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${op.issuer}/session/end`)) atProvider.push(request.url());
  });
  await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL(`${base}/fr`);
  expect(atProvider[0]).toContain("id_token_hint=");
  expect(await (await page.request.get(`${base}/api/auth/session`)).json()).toBeNull();
  await expectAccessible(page, "home after signing out through FranceConnect");
  // The provider's session is gone too: it asks who is signing in again.
  await page.goto(`${base}/fr/sign-in`);
  await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
  await expect(page.getByRole("button", { name: "Marie-Hélène Dupont" })).toBeVisible();
});

/** The provider's redirect back to the app, held instead of followed: its URL, to replay or forge. */
async function heldCallback(page: Page, person: string): Promise<URL> {
  await page.goto(`${base}/fr/sign-in`);
  op.holdCallbacks(true);
  try {
    await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
    await page.getByRole("button", { name: person }).click();
    return new URL((await page.locator("a#callback").getAttribute("href"))!);
  } finally {
    op.holdCallbacks(false);
  }
}

const SCREENSHOTS = "test-results/oidc-refusals";

const signedOut = async (page: Page) =>
  expect(await (await page.request.get(`${base}/api/auth/session`)).json()).toBeNull();

test("a callback whose state is not the one sent opens nothing, with a clear message", async ({ page }) => {
  const callback = await heldCallback(page, "Marie-Hélène Dupont");
  callback.searchParams.set("state", "a-forged-state-value-0123456789abcdef");
  await page.goto(callback.href);
  await page.waitForURL(/\/fr\/sign-in\?error=/);
  await expect(page.getByRole("alert").filter({ hasText: "La connexion a échoué ou a été interrompue" })).toBeVisible();
  await signedOut(page);
});

test("a code presented a second time, with the first visit's cookies, opens nothing", async ({ page, browser }) => {
  const callback = await heldCallback(page, "Marie-Hélène Dupont");
  // What an attacker replaying the callback would hold: the browser's cookies before the code was used.
  const before = await page.context().cookies();
  await page.goto(callback.href);
  await page.waitForURL(`${base}/fr/dashboard`);
  const replay = await browser.newContext();
  await replay.addCookies(before);
  const again = await replay.newPage();
  await again.goto(callback.href);
  await again.waitForURL(/\/fr\/sign-in\?error=/);
  await expect(
    again.getByRole("alert").filter({ hasText: "La connexion a échoué ou a été interrompue" }),
  ).toBeVisible();
  await signedOut(again);
  await replay.close();
});

test("a provider that does not answer: a clear message within 10 s, the password form still there", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${base}/fr/sign-in`);
  op.silence(true);
  try {
    const started = Date.now();
    await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "n'est pas disponible pour le moment" })).toBeVisible({
      timeout: 10_000,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    op.silence(false);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/fr-button-unavailable.png`, fullPage: true });
  await expect(page.getByLabel("Nom d'utilisateur ou adresse e-mail")).toBeVisible();
  await expect(page.getByRole("button", { name: "Se connecter" }).last()).toBeVisible();
  await expectAccessible(page, "sign-in page: provider not answering");
  await signedOut(page);

  // Silent once the person has identified there: back to the sign-in page within 10 s.
  const callback = await heldCallback(page, "Marie-Hélène Dupont");
  op.silence(true);
  try {
    const started = Date.now();
    await page.goto(callback.href);
    await page.waitForURL(`${base}/fr/sign-in?oidc=unavailable`);
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    op.silence(false);
  }
  await expect(page.getByRole("alert").filter({ hasText: "ne répond pas pour le moment" })).toBeVisible();
  await expect(page.getByLabel("Nom d'utilisateur ou adresse e-mail")).toBeVisible();
  await signedOut(page);
});

test("the registration step without an identity: a visitor is sent to sign in, a learner to the profile", async ({
  page,
}) => {
  await page.goto(`${base}/fr/sign-up/identity`);
  await page.waitForURL(`${base}/fr/sign-in?oidc=expired`);
  await expect(page.getByRole("alert").filter({ hasText: "Votre identification a expiré" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Créer mon compte" })).toHaveCount(0);

  await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
  await page.getByRole("button", { name: "Marie-Hélène Dupont" }).click();
  await page.waitForURL(`${base}/fr/dashboard`);
  await page.goto(`${base}/en/sign-up/identity`);
  await page.waitForURL(`${base}/en/account#sign-in-methods`);
  await expect(page.getByRole("button", { name: "Create my account" })).toHaveCount(0);
});

test("each refusal message reads well on a 360 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const dir = SCREENSHOTS;
  mkdirSync(dir, { recursive: true });
  const reasons = ["oidc=invalid", "oidc=acr", "oidc=unknown", "oidc=unconfirmed", "oidc=throttled"];
  for (const query of [...reasons, "oidc=expired", "oidc=unavailable", "error=Configuration"]) {
    for (const locale of ["fr", "en"]) {
      await page.goto(`${base}/${locale}/sign-in?${query}`);
      await expect(page.locator("main [role=alert]")).toHaveCount(1);
      // Nothing wider than the screen: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.screenshot({ path: `${dir}/${locale}-${query.replace("=", "-")}.png`, fullPage: true });
    }
  }
  await expectAccessible(page, "sign-in page with a refusal at 360 px");
  // The registration step's refusals: under 15, names the certificate cannot print.
  for (const [person, file] of [
    ["Lucas Martin", "under-15"],
    ["小明 Wang", "unprintable-name"],
  ]) {
    await page.context().clearCookies(); // the provider's session too: it asks who is signing in
    await page.goto(`${base}/fr/sign-in`);
    await page.getByRole("button", { name: "S’identifier avec FranceConnect" }).click();
    await page.getByRole("button", { name: person }).click();
    await page.waitForURL(`${base}/fr/sign-up/identity`);
    await expect(page.locator("main [role=alert]")).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${dir}/fr-registration-${file}.png`, fullPage: true });
  }
});
