// The RGAA / DSFR error pattern, walked by keyboard on the forms a learner meets: every error at once,
// in a summary that takes focus and links to its fields, and nothing the person typed is lost.
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS, storageStateOf } from "../support/e2e-users";
import { AUTH_TEXT, expectAccessible, tabTo } from "./helpers";

const TEXT = {
  fr: {
    summary: /^Le formulaire contient (une erreur|\d+ erreurs)/,
    required: "Sauf mention contraire, tous les champs sont obligatoires.",
    show: "Afficher le mot de passe",
    tooEasy: "Ce mot de passe est trop facile à deviner",
    tooShort: "Le mot de passe doit contenir au moins 12 caractères.",
    ageLabel: "Je confirme avoir 15 ans ou plus.",
    currentPassword: "Mot de passe actuel",
    newPassword: "Nouveau mot de passe",
    changePassword: "Changer de mot de passe",
    passwordSection: "Mot de passe",
    wrongPassword: "Mot de passe incorrect.",
    kind: "Type de demande",
    message: "Votre message",
    send: "Envoyer la demande",
    messageLength: "Votre message doit contenir entre 10 et 5 000 caractères.",
    deleteSubmit: "Supprimer définitivement mon compte",
    confirmRequired: "Cochez cette case pour confirmer.",
  },
  en: {
    summary: /^There (is a problem|are \d+ problems) with this form/,
    required: "All fields are required unless marked optional.",
    show: "Show password",
    tooEasy: "This password is too easy to guess",
    tooShort: "The password must be at least 12 characters long.",
    ageLabel: "I confirm that I am 15 or older.",
    currentPassword: "Current password",
    newPassword: "New password",
    changePassword: "Change password",
    passwordSection: "Password",
    wrongPassword: "Wrong password.",
    kind: "Type of request",
    message: "Your message",
    send: "Send the request",
    messageLength: "Your message must be between 10 and 5,000 characters.",
    deleteSubmit: "Delete my account for good",
    confirmRequired: "Tick this box to confirm.",
  },
} as const;

/** The element that has focus must be the error summary, and it must list these messages. */
async function expectSummaryFocused(page: Page, locale: "fr" | "en", messages: string[]) {
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-labelledby", /error-summary-title$/);
  await expect(focused).toContainText(TEXT[locale].summary);
  for (const message of messages) await expect(focused).toContainText(message);
}

for (const locale of ["fr", "en"] as const) {
  const t = TEXT[locale];
  const a = AUTH_TEXT[locale];

  test(`sign-up: all errors at once, focus on the summary, nothing typed is lost (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/sign-up`);
    await expect(page.getByText(t.required)).toBeVisible();
    await expect(page.getByLabel(a.user)).toHaveAttribute("required", "");

    // A first try with a short password: the password rule comes with every other error, not after them.
    await page.getByLabel(a.first).fill("Zoë");
    await page.getByLabel(a.pw, { exact: true }).fill("court");
    await page.getByLabel(t.ageLabel).check();
    await tabTo(page, page.getByRole("button", { name: a.submit }));
    await page.keyboard.press("Enter");
    await expectSummaryFocused(page, locale, [t.tooShort]);
    const summaryLinks = page.locator(":focus").getByRole("link");
    await expect(summaryLinks).toHaveCount(5); // last name, username, email, password, terms
    await expectAccessible(page, "sign-up error summary");

    // Every value is still there, the password and the ticked box included.
    await expect(page.getByLabel(a.first)).toHaveValue("Zoë");
    await expect(page.getByLabel(a.pw, { exact: true })).toHaveValue("court");
    await expect(page.getByLabel(t.ageLabel)).toBeChecked();

    // The summary's link takes the keyboard to its field.
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("href", /#sign-up-/);
    const target = (await page.locator(":focus").getAttribute("href"))!.slice(1);
    await page.keyboard.press("Enter");
    await expect(page.locator(":focus")).toHaveAttribute("id", target);

    // A French password made of common words is refused; the toggle shows what was typed.
    const password = page.getByLabel(a.pw, { exact: true });
    await password.fill("motdepasse123");
    await page.getByRole("button", { name: t.show }).click();
    await expect(password).toHaveAttribute("type", "text");
    await expect(page.getByRole("button", { name: t.show })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: a.submit }).click();
    await expectSummaryFocused(page, locale, [t.tooEasy]);
    await expect(password).toHaveValue("motdepasse123");
    await expectAccessible(page, "sign-up with a guessable password");
  });

  test.describe(() => {
    test.use({ storageState: storageStateOf(E2E_USERS.forms) });

    test(`account, DPO and deletion forms: the database's checks join the summary, values stay (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/account`);
      const passwordSection = page.getByRole("region", { name: t.passwordSection });
      await passwordSection.getByLabel(t.currentPassword).fill("pas le bon mot de passe du tout");
      await passwordSection.getByLabel(t.newPassword).fill("court");
      await page.getByRole("button", { name: t.changePassword }).click();
      // The wrong current password (checked against the database) comes with the new one's rule, at once.
      await expectSummaryFocused(page, locale, [t.wrongPassword, t.tooShort]);
      await expect(page.locator(":focus").getByRole("link")).toHaveCount(2);
      await expect(passwordSection.getByLabel(t.currentPassword)).toHaveValue("pas le bon mot de passe du tout");
      await expectAccessible(page, "change password with errors");

      await page.goto(`/${locale}/account/privacy`);
      await page.getByLabel(t.message).fill("Court.");
      await page.getByRole("button", { name: t.send }).click();
      await expectSummaryFocused(page, locale, [t.kind, t.messageLength]);
      // A choice made before a refused submit is still chosen afterwards.
      await page.getByLabel(t.kind).selectOption("access");
      await page.getByRole("button", { name: t.send }).click();
      await expectSummaryFocused(page, locale, [t.messageLength]);
      await expect(page.getByLabel(t.kind)).toHaveValue("access");
      await expect(page.getByLabel(t.message)).toHaveValue("Court.");
      await expect(page.getByLabel(t.kind)).toHaveAttribute("required", "");
      await expectAccessible(page, "DPO request with errors");

      // Deletion: the wrong password and the unticked confirmation are reported by one submit.
      await page.getByLabel(t.currentPassword, { exact: true }).fill("pas le bon mot de passe du tout");
      await page.getByRole("button", { name: t.deleteSubmit }).click();
      await expectSummaryFocused(page, locale, [t.wrongPassword, t.confirmRequired]);
      await expect(page.getByLabel(t.currentPassword, { exact: true })).toHaveValue("pas le bon mot de passe du tout");
      await expectAccessible(page, "account deletion with errors");
    });
  });
}
