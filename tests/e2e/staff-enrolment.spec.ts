// The staff console, in each language: a new staff member enrols an authenticator (QR code and manual
// key, ten recovery codes shown once), reaches the staff area, reads the audit trail and the policy
// preview; then signs in again, asked for a code (a wrong one is refused). axe on each state.
// The whole console as one journey (statistics, CSV, DPO requests, publishing, audit trail) is
// staff-console.spec.ts, run after every other spec.
import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { AUTH_TEXT, SECOND_FACTOR_TEXT, expectAccessible, nextTotpCode, signIn, type Locale } from "./helpers";

const TEXT = {
  fr: {
    enrolTitle: "Activer la double authentification",
    manualKey: "Clé à saisir à la main",
    enrolCode: "Code à 6 chiffres",
    enrolSubmit: "Activer",
    recovery: "Vos 10 codes de secours",
    continue: "Continuer vers l'espace équipe",
    staffTitle: "Espace équipe",
    audit: "Journal des actions",
    auditTitle: "Journal des actions de l'équipe",
    policies: "Publier une politique",
    preview: /Aperçu avant publication — Conditions d'utilisation/,
    previewTitle: /Aperçu : Conditions d'utilisation, version \d{4}-\d{2}-\d{2}/,
    confirm: "Je confirme la publication de cette version ; elle ne pourra pas être annulée.",
    codeTitle: "Code de votre application d'authentification",
    wrongCode: "Code incorrect ou déjà utilisé.",
  },
  en: {
    enrolTitle: "Turn on two-factor authentication",
    manualKey: "Key to type by hand",
    enrolCode: "6-digit code",
    enrolSubmit: "Turn on",
    recovery: "Your 10 recovery codes",
    continue: "Continue to the staff area",
    staffTitle: "Staff area",
    audit: "Audit trail",
    auditTitle: "Staff audit trail",
    policies: "Publish a policy",
    preview: /Preview before publishing — Terms of use/,
    previewTitle: /Preview: Terms of use, version \d{4}-\d{2}-\d{2}/,
    confirm: "I confirm the publication of this version; it cannot be undone.",
    codeTitle: "Code from your authenticator app",
    wrongCode: "Wrong or already used code.",
  },
} as const;

const ACCOUNT: Record<Locale, string> = { fr: E2E_USERS.staffNewFr, en: E2E_USERS.staffNewEn };

for (const locale of ["fr", "en"] as const) {
  test(`staff enrol a second factor, then read the audit trail and a policy preview (${locale})`, async ({ page }) => {
    test.setTimeout(150_000);
    const t = TEXT[locale];
    // A staff page asked for before signing in: password, then the enrolment, then back to that page.
    await page.goto(`/${locale}/staff/audit`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?next=`));
    await page.getByLabel(AUTH_TEXT[locale].identifier).fill(ACCOUNT[locale]);
    await page.getByLabel(AUTH_TEXT[locale].pw, { exact: true }).fill("une phrase de passe pour les tests");
    await page.getByRole("button", { name: AUTH_TEXT[locale].signIn }).last().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in/second-factor\\?next=`));
    await expect(page.getByRole("heading", { level: 1, name: t.enrolTitle })).toBeVisible();
    await expect(page.getByRole("img")).toHaveCount(1);
    await expectAccessible(page, `enrolment (${locale})`);
    const secret = (await page.locator("code").first().innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // A wrong first code is refused, the form says so.
    await page.getByLabel(t.enrolCode).fill("000000");
    await page.getByRole("button", { name: t.enrolSubmit }).click();
    await expect(page.getByText(t.wrongCode).first()).toBeVisible();
    await page.getByLabel(t.enrolCode).fill(await nextTotpCode(secret));
    await page.getByRole("button", { name: t.enrolSubmit }).click();
    const codes = page.getByRole("list", { name: t.recovery }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    await expect(codes.first()).toHaveText(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    // Enrolment is done: its code field and button are gone, only the codes and the way on remain.
    await expect(page.getByLabel(t.enrolCode)).toHaveCount(0);
    await expect(page.getByRole("button", { name: t.enrolSubmit })).toHaveCount(0);
    await expectAccessible(page, `recovery codes (${locale})`);
    await page.getByRole("link", { name: t.continue }).click();

    await expect(page).toHaveURL(new RegExp(`/${locale}/staff/audit$`));
    await expect(page.getByRole("heading", { level: 1, name: t.auditTitle })).toBeVisible();
    await expect(page.getByRole("link", { name: t.audit })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page, `audit trail (${locale})`);

    await page.getByRole("link", { name: t.policies }).click();
    await expectAccessible(page, `policies (${locale})`);
    await page.getByRole("link", { name: t.preview }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.previewTitle })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: t.confirm })).not.toBeChecked();
    await expectAccessible(page, `policy preview (${locale})`);

    // Each sign-in asks for a code; the enrolment is not offered again.
    await page.context().clearCookies();
    await signIn(page, locale, ACCOUNT[locale]);
    await expect(page.getByRole("heading", { level: 1, name: t.codeTitle })).toBeVisible();
    await expectAccessible(page, `code at sign-in (${locale})`);
    await page.getByLabel(SECOND_FACTOR_TEXT[locale].code).fill("123456");
    await page.getByRole("button", { name: SECOND_FACTOR_TEXT[locale].submit }).click();
    await expect(page.getByText(t.wrongCode).first()).toBeVisible();
    await expectAccessible(page, `wrong code (${locale})`);
    await page.getByLabel(SECOND_FACTOR_TEXT[locale].code).fill(await nextTotpCode(secret));
    await page.getByRole("button", { name: SECOND_FACTOR_TEXT[locale].submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
    await page.goto(`/${locale}/staff`);
    await expect(page.getByRole("heading", { level: 1, name: t.staffTitle })).toBeVisible();
  });
}
