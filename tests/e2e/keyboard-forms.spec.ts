// Issue 21: a keyboard-only pass over every form (Tab, Shift+Tab, Space, Enter, arrows; no click, no
// fill). Each form is first sent with an error: the focus must be on the error summary, and a link of the
// summary must take it to its field. Then it is corrected and sent again: the focus must be where the next
// step starts — the success message shown in place (components/ui/form/action-form.tsx), or the h1 of the
// page the form leads to (components/ui/form/next-page-focus.ts). Sign-in without a form
// (signInOverHttp) only where the form under test is another one.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { localPath, mailTo, signInOverHttp, tabTo } from "./helpers";

const NEW_PASSWORD = "une autre phrase de passe au clavier";

/** Moves the focus to `target` by Tab or Shift+Tab, whichever way it lies. */
async function focusOn(page: Page, target: Locator) {
  if (await target.evaluate((el) => el === document.activeElement)) return;
  const before = await target.evaluate(
    (el) =>
      document.activeElement !== document.body &&
      document.activeElement !== null &&
      Boolean(el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  await tabTo(page, target, { back: before });
}

/** Types into a field from the keyboard, replacing what it held. */
async function typeInto(page: Page, field: Locator, text: string) {
  await focusOn(page, field);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  if (text) await page.keyboard.type(text);
}

async function toggle(page: Page, box: Locator) {
  await focusOn(page, box);
  await page.keyboard.press("Space");
}

async function send(page: Page, form: Locator, name: string | RegExp) {
  await focusOn(page, form.getByRole("button", { name, exact: true }));
  await page.keyboard.press("Enter");
}

const focused = (page: Page) => page.locator(":focus");

/** The summary has the focus and lists `messages`; its first link (if any) takes the focus to its field. */
async function expectSummary(page: Page, form: Locator, messages: string[], { link = true } = {}) {
  await expect(focused(page)).toHaveAttribute("aria-labelledby", /error-summary-title$/);
  await expect(focused(page)).toContainText(/^Le formulaire contient (une erreur|\d+ erreurs)/);
  for (const message of messages) await expect(focused(page)).toContainText(message);
  if (!link) return;
  await page.keyboard.press("Tab");
  const href = await focused(page).getAttribute("href");
  expect(href, "the summary's first link").toMatch(/^#/);
  await page.keyboard.press("Enter");
  await expect(focused(page)).toHaveAttribute("id", href!.slice(1));
  await expect(form.locator(href!)).toBeFocused();
}

async function expectSuccessInPlace(page: Page, form: Locator, message: string) {
  const status = form.getByRole("status");
  await expect(status).toContainText(message);
  await expect(status).toBeFocused();
}

async function expectNextPage(page: Page, url: RegExp, heading: string | RegExp) {
  await expect(page).toHaveURL(url);
  const h1 = page.getByRole("main").getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
}

test.describe.configure({ mode: "serial" });

test("sign-up, then the emailed confirmation, by keyboard", async ({ page }) => {
  const username = `inscrit_kbd_${Date.now().toString(36)}`;
  const email = `${username}@example.org`;
  await page.goto("/fr/sign-up");
  const form = page.locator("form#sign-up");
  await send(page, form, "Créer mon compte");
  await expectSummary(page, form, ["Prénom", "Adresse e-mail", "Mot de passe"]);
  await expect(focused(page)).toHaveAttribute("id", "sign-up-firstName");
  await page.keyboard.type("Kenzo");
  await typeInto(page, form.getByLabel("Nom de famille", { exact: true }), "Clavier");
  await typeInto(page, form.getByLabel("Nom d'utilisateur", { exact: true }), username);
  await typeInto(page, form.getByLabel("Adresse e-mail"), email);
  await typeInto(page, form.getByLabel("Mot de passe", { exact: true }), E2E_PASSWORD);
  await toggle(page, form.getByLabel("Je confirme avoir 15 ans ou plus."));
  await toggle(page, form.getByRole("checkbox", { name: /J'accepte les conditions d'utilisation/ }));
  await send(page, form, "Créer mon compte");
  await expectNextPage(page, /\/fr\/sign-up\/check-email/, "Vérifiez votre messagerie");

  // The emailed link's page: a forged token first, then the real one.
  await page.goto("/fr/confirm-email/un-jeton-qui-n-existe-pas");
  const confirm = page.locator("form#confirm-email");
  await send(page, confirm, "Confirmer mon adresse");
  await expectSummary(page, confirm, [], { link: false });
  const mail = await mailTo(email, "Confirmez votre adresse e-mail");
  await page.goto(localPath(mail.link));
  await send(page, page.locator("form#confirm-email"), "Confirmer mon adresse");
  await expectNextPage(page, /\/fr\/sign-in/, "Se connecter");
});

test("forgot password, then the emailed reset, by keyboard", async ({ page }) => {
  await page.goto("/fr/forgot-password");
  const form = page.locator("form#forgot-password");
  await typeInto(page, form.getByLabel("Adresse e-mail"), "pas une adresse");
  await send(page, form, "Recevoir le lien");
  await expectSummary(page, form, ["Adresse e-mail"]);
  await typeInto(page, focused(page), `${E2E_USERS.kbdReset}@example.org`);
  await send(page, form, "Recevoir le lien");
  await expectNextPage(page, /\/fr\/forgot-password\/sent/, /.+/);

  const mail = await mailTo(`${E2E_USERS.kbdReset}@example.org`, "Réinitialisation");
  await page.goto(localPath(mail.link));
  const reset = page.locator("form#reset-password");
  await typeInto(page, reset.getByLabel("Nouveau mot de passe"), "court");
  await send(page, reset, "Enregistrer le mot de passe");
  await expectSummary(page, reset, ["12 caractères"]);
  await typeInto(page, focused(page), NEW_PASSWORD);
  await send(page, reset, "Enregistrer le mot de passe");
  await expectNextPage(page, /\/fr\/sign-in\?reset=1/, "Se connecter");
});

test("sign-in, profile, password, email (and its confirmation), remember-me, DPO request, re-authentication", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const user = E2E_USERS.kbdAccount;
  await page.goto("/fr/sign-in");
  const signIn = page.locator("form#sign-in");
  await typeInto(page, signIn.getByLabel("Nom d'utilisateur ou adresse e-mail"), user);
  await typeInto(page, signIn.getByLabel("Mot de passe", { exact: true }), "pas le bon mot de passe");
  await send(page, signIn, "Se connecter");
  await expectSummary(page, signIn, ["Identifiant ou mot de passe incorrect."], { link: false });
  await typeInto(page, signIn.getByLabel("Mot de passe", { exact: true }), E2E_PASSWORD);
  await send(page, signIn, "Se connecter");
  await expectNextPage(page, /\/fr\/dashboard/, /.+/);

  await page.goto("/fr/account");
  const profile = page.locator("form#profile-form");
  await typeInto(page, profile.getByLabel("Prénom"), "");
  await send(page, profile, "Enregistrer");
  await expectSummary(page, profile, ["Prénom"]);
  await page.keyboard.type("Kenza");
  await send(page, profile, "Enregistrer");
  await expectSuccessInPlace(page, profile, "Modifications enregistrées.");

  const password = page.locator("form#change-password");
  await typeInto(page, password.getByLabel("Mot de passe actuel"), "pas le bon mot de passe");
  await typeInto(page, password.getByLabel("Nouveau mot de passe"), NEW_PASSWORD);
  await send(page, password, "Changer de mot de passe");
  await expectSummary(page, password, ["Mot de passe incorrect."]);
  await typeInto(page, focused(page), E2E_PASSWORD);
  await send(page, password, "Changer de mot de passe");
  await expectSuccessInPlace(page, password, "Mot de passe modifié.");

  const emailForm = page.locator("form#change-email");
  const newEmail = `${user}.nouveau@example.org`;
  await typeInto(page, emailForm.getByLabel("Nouvelle adresse e-mail"), "pas une adresse");
  await typeInto(page, emailForm.getByLabel("Mot de passe actuel"), NEW_PASSWORD);
  await send(page, emailForm, "Changer d'adresse");
  await expectSummary(page, emailForm, ["Nouvelle adresse e-mail"]);
  await typeInto(page, focused(page), newEmail);
  await send(page, emailForm, "Changer d'adresse");
  await expectSuccessInPlace(page, emailForm, "un lien de confirmation");

  // The remember-me box has no wrong value: only its success is checked.
  const remember = page.locator("form#remember-username");
  await toggle(page, remember.getByRole("checkbox"));
  await send(page, remember, "Enregistrer");
  await expectSuccessInPlace(page, remember, "Modifications enregistrées.");

  // The emailed confirmation of the new address: a forged token, then the real one.
  await page.goto("/fr/confirm-email-change/un-jeton-qui-n-existe-pas");
  const confirm = page.locator("form#confirm-email-change");
  await send(page, confirm, "Confirmer cette adresse");
  await expectSummary(page, confirm, [], { link: false });
  const mail = await mailTo(newEmail, "Confirmez votre nouvelle adresse");
  await page.goto(localPath(mail.link));
  await send(page, page.locator("form#confirm-email-change"), "Confirmer cette adresse");
  await expectNextPage(page, /\/fr\/account/, /.+/);

  await page.goto("/fr/account/privacy");
  const dpo = page.locator("form#dpo-request");
  await send(page, dpo, "Envoyer la demande");
  await expectSummary(page, dpo, ["Type de demande", "Votre message"]);
  await expect(focused(page)).toHaveAttribute("id", "dpo-request-kind");
  await page.keyboard.press("ArrowDown");
  await typeInto(page, dpo.getByLabel("Votre message"), "Je voudrais une copie de mes données, s'il vous plaît.");
  await send(page, dpo, "Envoyer la demande");
  await expectSuccessInPlace(page, dpo, "Votre demande a été enregistrée.");

  await page.goto(`/fr/reauth?next=${encodeURIComponent("/fr/account/privacy")}`);
  const reauth = page.locator("form#reauth");
  await typeInto(page, reauth.getByLabel("Mot de passe actuel"), "pas le bon mot de passe");
  await send(page, reauth, "Confirmer");
  await expectSummary(page, reauth, ["Mot de passe"]);
  await typeInto(page, focused(page), NEW_PASSWORD);
  await send(page, reauth, "Confirmer");
  await expectNextPage(page, /\/fr\/account\/privacy/, /.+/);
});

test("the new site policy, by keyboard", async ({ page }) => {
  await signInOverHttp(page.context().request, E2E_USERS.kbdPolicy);
  await page.goto(`/fr/accept-policy?next=${encodeURIComponent("/fr/dashboard")}`);
  const form = page.locator("form#accept-policy");
  await send(page, form, "Continuer");
  await expectSummary(page, form, ["Conditions d'utilisation"]);
  await page.keyboard.press("Space");
  await send(page, form, "Continuer");
  await expectNextPage(page, /\/fr\/dashboard/, /.+/);
});

test("the certificate, by keyboard", async ({ page }) => {
  await signInOverHttp(page.context().request, E2E_USERS.kbdCertificate);
  await page.goto("/fr/certificate");
  const form = page.locator("form#issue-certificate");
  await send(page, form, "Délivrer mon attestation");
  await expectSummary(page, form, ["Nom définitif", "Nom retapé"]);
  await page.keyboard.press("Space");
  await typeInto(page, form.getByRole("textbox"), "Kévin Diplômé");
  await send(page, form, "Délivrer mon attestation");
  await expectNextPage(page, /\/fr\/certificate\?issued=1/, /.+/);
});

test("account deletion, by keyboard", async ({ page }) => {
  await signInOverHttp(page.context().request, E2E_USERS.kbdLeaving);
  await page.goto("/fr/account/privacy");
  const form = page.locator("form#delete-account");
  await typeInto(page, form.getByLabel("Mot de passe actuel"), E2E_PASSWORD);
  await send(page, form, "Supprimer définitivement mon compte");
  await expectSummary(page, form, ["Confirmation de la suppression"]);
  await page.keyboard.press("Space");
  await send(page, form, "Supprimer définitivement mon compte");
  await expectNextPage(page, /\/fr\/account-deleted/, /.+/);
});
