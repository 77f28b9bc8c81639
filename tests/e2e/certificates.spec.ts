// Certificates never vanish, and the certificate page does what people expect (issue #15, points 3 and 8): a
// learner holding the general-public certificate switches track after reading what changes and confirming,
// still finds the certificate in "Mes attestations", opens its own page, copies the verification link and
// views the print version; then switches back without JavaScript. French and English, axe on every state.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_USERS } from "../support/e2e-users";
import { expectAccessible, signIn, type Locale } from "./helpers";

const TEXT = {
  fr: {
    user: E2E_USERS.switchFr,
    dashboard: "Mon parcours",
    myCertificates: "Mes attestations",
    publicCertificate: "Parcours grand public (modules 1 et 2)",
    radioProfessional: "Professionnel (modules 1 à 3)",
    radioPublic: "Grand public (modules 1 et 2)",
    category: "Votre activité professionnelle",
    categoryOption: "Élu local",
    explainPro: "Ce que change le passage au parcours professionnel",
    explainPublic: "Ce que change le passage au parcours grand public",
    kept: "Vos 8 unités validées sont conservées, avec leurs scores.",
    added: "Ce parcours ajoute Module 3 — ",
    stillValid: "Votre attestation déjà délivrée reste valable et vérifiable",
    optional: "devient facultatif pour vous",
    confirm: "Je confirme le changement de parcours.",
    unconfirmed: "Cochez la case pour confirmer le changement de parcours",
    save: "Enregistrer",
    changed: "Parcours changé. Vos unités validées et vos attestations sont conservées.",
    trackNowPro: "Parcours professionnel : modules 1 à 3.",
    trackNowPublic: "Parcours grand public : modules 1 et 2.",
    open: "Voir l'attestation du parcours grand public",
    oneTitle: "Attestation de suivi",
    card: "Attestation de suivi — version accessible",
    code: "Code de vérification",
    copy: "Copier le lien de vérification",
    copied: "Lien de vérification copié.",
    print: "Imprimer l'attestation",
    download: "Télécharger l'attestation (PDF)",
    all: "Toutes mes attestations",
    privacyLink: "Télécharger le PDF du parcours grand public",
  },
  en: {
    user: E2E_USERS.switchEn,
    dashboard: "My progress",
    myCertificates: "My certificates",
    publicCertificate: "General public track (modules 1 and 2)",
    radioProfessional: "Professional (modules 1 to 3)",
    radioPublic: "General public (modules 1 and 2)",
    category: "Your professional activity",
    categoryOption: "Local elected official",
    explainPro: "What switching to the professional track changes",
    explainPublic: "What switching to the general public track changes",
    kept: "Your 8 validated units are kept, with their scores.",
    added: "This track adds Module 3 — ",
    stillValid: "Your certificate already issued stays valid and verifiable",
    optional: "becomes optional for you",
    confirm: "I confirm the change of track.",
    unconfirmed: "Tick the box to confirm the change of track",
    save: "Save",
    changed: "Track changed. Your validated units and your certificates are kept.",
    trackNowPro: "Professional track: modules 1 to 3.",
    trackNowPublic: "General-public track: modules 1 and 2.",
    open: "View the general public track certificate",
    oneTitle: "Certificate of completion",
    card: "Certificate of completion — accessible version",
    code: "Verification code",
    copy: "Copy the verification link",
    copied: "Verification link copied.",
    print: "Print the certificate",
    download: "Download the certificate (PDF)",
    all: "All my certificates",
    privacyLink: "Download the general public track PDF",
  },
} as const;

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

/** The "Mes attestations" section of the dashboard, found by its heading. */
const myCertificates = (page: Page, locale: Locale) => page.getByRole("region", { name: TEXT[locale].myCertificates });

for (const locale of ["fr", "en"] as const) {
  const t = TEXT[locale];

  test(`${locale}: a certified learner switches track after the explanation, keeps the certificate, copies its link and prints it`, async ({
    page,
    context,
    browser,
  }) => {
    await signIn(page, locale, t.user);
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
    await expect(myCertificates(page, locale)).toContainText(t.publicCertificate);
    await expectAccessible(page, `dashboard with a certificate (${locale})`);

    // The switch is explained before anything changes.
    await page.goto(`/${locale}/account`);
    const profile = page.locator("#profile-form");
    await profile.getByLabel(t.radioProfessional).check();
    await expect(profile.getByRole("heading", { name: t.explainPro })).toBeVisible();
    await expect(profile).toContainText(t.kept);
    await expect(profile).toContainText(t.added);
    await expect(profile).toContainText(t.stillValid);
    await profile.getByLabel(t.category).selectOption({ label: t.categoryOption });
    await expectAccessible(page, `track switch explained (${locale})`);

    // Saved without the confirmation: refused, the summary takes focus and says why.
    await profile.getByRole("button", { name: t.save }).click();
    await expect(page.locator(":focus")).toContainText(t.unconfirmed);
    await expect(profile.getByLabel(t.radioProfessional)).toBeChecked();
    await expectAccessible(page, `track switch not confirmed (${locale})`);

    await profile.getByLabel(t.confirm).check();
    await profile.getByRole("button", { name: t.save }).click();
    await expect(profile.getByText(t.changed)).toBeVisible();
    await expectAccessible(page, `track switched (${locale})`);

    // The certificate of the former track is still listed, and opens on its own page.
    await page.goto(`/${locale}/dashboard`);
    await expect(page.getByText(t.trackNowPro)).toBeVisible();
    await expect(myCertificates(page, locale)).toContainText(t.publicCertificate);
    await myCertificates(page, locale).getByRole("link", { name: t.open }).click();
    await expect(h1(page)).toHaveText(t.oneTitle);
    await expect(page.getByRole("region", { name: t.card })).toContainText(t.publicCertificate);
    const code = (
      await page.locator("dt", { hasText: t.code }).locator("xpath=following-sibling::dd[1]").innerText()
    ).trim();
    // The signed link (issue #19): it carries the certificate's claims, so it outlives the account.
    const verifyLink = page.getByRole("region", { name: t.card }).getByRole("link", { name: /\/verify\// });
    const verificationUrl = (await verifyLink.getAttribute("href")) ?? "";
    expect(verificationUrl).toMatch(new RegExp(`^${E2E_BASE_URL}/(fr|en)/verify/[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    expect(new URL(page.url()).pathname).toBe(`/${locale}/certificates/${code}`);
    await expect(verifyLink).toHaveText(verificationUrl);
    await expect(page.getByRole("link", { name: t.download })).toHaveAttribute("href", `/api/certificates/${code}/pdf`);
    await expectAccessible(page, `certificate page (${locale})`);

    // Copy the verification link: the clipboard holds it and a status message says so.
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: E2E_BASE_URL });
    await page.getByRole("button", { name: t.copy }).click();
    await expect(page.getByRole("status").filter({ hasText: t.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(verificationUrl);
    await expectAccessible(page, `verification link copied (${locale})`);

    // Print: the button opens the browser's print dialog; the print version is the certificate alone.
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "yes");
    });
    await page.getByRole("button", { name: t.print }).click();
    await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("button", { name: t.copy })).toBeHidden();
    await expect(page.getByRole("link", { name: t.download })).toBeHidden();
    await expect(page.getByRole("region", { name: t.card })).toBeVisible();
    await expectAccessible(page, `certificate print version (${locale})`);
    await page.emulateMedia({ media: "screen" });

    // The full list, and the deletion section links to the certificate it tells you to download first.
    await page.getByRole("link", { name: t.all }).click();
    await expect(h1(page)).toHaveText(t.myCertificates);
    await expect(page.getByRole("link", { name: t.open })).toBeVisible();
    await expectAccessible(page, `my certificates (${locale})`);
    await page.goto(`/${locale}/account/privacy`);
    await expect(page.getByRole("link", { name: t.privacyLink })).toHaveAttribute(
      "href",
      `/api/certificates/${code}/pdf`,
    );
    await expectAccessible(page, `privacy page with certificates (${locale})`);

    await switchBackWithoutJavaScript(browser, locale);
  });
}

/** Without JavaScript: the first submit comes back with the explanation and the box, the second switches. */
async function switchBackWithoutJavaScript(browser: Browser, locale: Locale) {
  const t = TEXT[locale];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, locale, t.user);
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
  await page.goto(`/${locale}/account`);
  const profile = page.locator("#profile-form");
  await profile.getByLabel(t.radioPublic).check();
  await profile.getByRole("button", { name: t.save }).click();
  await expect(profile).toContainText(t.unconfirmed);
  await expect(profile.getByRole("heading", { name: t.explainPublic })).toBeVisible();
  await expect(profile).toContainText(t.optional);
  await expect(profile.getByLabel(t.radioPublic)).toBeChecked();
  await profile.getByLabel(t.confirm).check();
  await profile.getByRole("button", { name: t.save }).click();
  await expect(profile.getByText(t.changed)).toBeVisible();
  // Sent again (a reload that re-posts, a second click): nothing more changes.
  await page.goto(`/${locale}/dashboard`);
  await expect(page.getByText(t.trackNowPublic)).toBeVisible();
  await expect(page.getByRole("region", { name: t.myCertificates })).toContainText(t.publicCertificate);
  await context.close();
}
