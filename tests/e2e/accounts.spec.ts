import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_BASE_URL, E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { AUTH_TEXT, expectAccessible, fillSignUp, localPath, mailTo, signIn } from "./helpers";

for (const locale of ["fr", "en"] as const) {
  const t = AUTH_TEXT[locale];

  test(`register, confirm by email, sign in and out (${locale})`, async ({ page, context }) => {
    const tag = randomBytes(3).toString("hex");
    const email = `visitor-${tag}@example.org`;
    await page.goto(`/${locale}/sign-up`);
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByText(t.fixErrors)).toBeVisible();
    await expectAccessible(page, "sign-up with errors");
    await fillSignUp(page, locale, {
      firstName: "Zoë",
      lastName: "Œlschläger-N'Diaye",
      username: `zoe_${tag}`,
      email,
      password: "short",
    });
    await page.getByRole("radio").nth(1).check();
    await page.getByRole("checkbox").nth(0).check();
    await page.getByRole("checkbox").nth(1).check();
    await page.getByRole("button", { name: t.submit }).click();
    // Both errors in the summary, which has focus, and each under its field.
    const summary = page.locator(":focus");
    for (const message of [
      locale === "fr"
        ? "Le mot de passe doit contenir au moins 12 caractères."
        : "The password must be at least 12 characters long.",
      locale === "fr" ? "Choisissez votre activité professionnelle." : "Choose your professional activity.",
    ]) {
      await expect(summary).toContainText(message);
      await expect(page.locator("p[id$='-error']", { hasText: message })).toBeVisible();
    }
    await expect(page.getByLabel(t.email)).toHaveValue(email);
    await page.getByRole("combobox").selectOption("event_organiser");
    await page.getByLabel(t.pw, { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole("checkbox").nth(0).check();
    await page.getByRole("checkbox").nth(1).check();
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-up/check-email`));
    await expectAccessible(page, "check email");

    const mail = await mailTo(email, t.subject);
    expect(mail.html).toContain(`/${locale}/confirm-email/`);
    await page.goto(localPath(mail.link));
    await page.getByRole("button", { name: t.confirm }).click();
    await expect(page).toHaveURL(/confirmed=1/);

    await signIn(page, locale, email);
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.dashboard);
    await expectAccessible(page, "dashboard");
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.includes("authjs.session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    await page.getByRole("button", { name: t.signOut }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    // Replaying the old cookie after sign-out is refused.
    await context.addCookies([session!]);
    await page.goto(`/${locale}/dashboard`);
    await expect(page).toHaveURL(/sign-in/);
  });
}

test("forgot password end to end, with the same answer for an unknown address", async ({ page }) => {
  const email = `${E2E_USERS.reset}@example.org`;
  await page.goto("/fr/forgot-password");
  await page.getByLabel("Adresse e-mail").fill("personne@example.org");
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page).toHaveURL(/forgot-password\/sent/);
  const unknownText = await page.locator("main").innerText();
  await page.goto("/fr/forgot-password");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page).toHaveURL(/forgot-password\/sent/);
  expect(await page.locator("main").innerText()).toBe(unknownText);
  const mail = await mailTo(email, "Réinitialisation");
  await page.goto(localPath(mail.link));
  await expectAccessible(page, "reset password");
  await page.getByLabel("Nouveau mot de passe").fill("une nouvelle phrase de passe solide");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/reset=1/);
  await mailTo(email, "mot de passe a été modifié");
  await signIn(page, "fr", E2E_USERS.reset, "une nouvelle phrase de passe solide");
  await expect(page).toHaveURL(/dashboard/);
  await page.goto(localPath(mail.link));
  await expect(page.getByText("Ce lien n'est plus valable")).toBeVisible();
});

test("a learner must accept a new site-policy version before continuing", async ({ page }) => {
  await signIn(page, "fr", E2E_USERS.policy);
  await expect(page).toHaveURL(/accept-policy/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelles conditions d'utilisation");
  await expectAccessible(page, "accept policy");
  // Refusing blocks nothing of the learner's rights: their data, their certificates, signing out.
  await page.getByRole("link", { name: /^Mes données/ }).click();
  await expect(page).toHaveURL(/\/fr\/account\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes données");
  const data = await page.request.get("/api/account/export");
  expect(data.status()).toBe(200);
  expect(((await data.json()) as { profile: { username: string } }).profile.username).toBe(E2E_USERS.policy);
  await page.goto("/fr/certificates");
  await expect(page).toHaveURL(/\/fr\/certificates$/);
  await page.goto("/fr/dashboard");
  await expect(page).toHaveURL(/accept-policy/);
  await page.getByRole("button", { name: "Se déconnecter sans accepter" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await page.goto("/fr/account/privacy");
  await expect(page).toHaveURL(/sign-in/);
  await signIn(page, "fr", E2E_USERS.policy);
  await expect(page).toHaveURL(/accept-policy/);
  await page.getByLabel("J'accepte les nouvelles conditions d'utilisation.").check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard/);
});

test("wrong passwords are throttled with a clear message", async ({ page }) => {
  for (let i = 0; i < 6; i++) await signIn(page, "en", "nobody_at_all", "not the right password");
  await expect(page.getByText(/Too many attempts/)).toBeVisible();
});

test("a non-HTML client signing in is throttled with 429 and Retry-After", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const post = () =>
    request.post("/api/auth/callback/credentials", {
      headers: { origin: E2E_BASE_URL, "content-type": "application/x-www-form-urlencoded" },
      data: new URLSearchParams({
        identifier: "api_client_nobody",
        password: "not the right password",
        csrfToken,
      }).toString(),
      maxRedirects: 0,
    });
  for (let i = 0; i < 5; i++) expect((await post()).status()).toBe(401);
  const throttled = await post();
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()["retry-after"])).toBeGreaterThanOrEqual(55);
});
