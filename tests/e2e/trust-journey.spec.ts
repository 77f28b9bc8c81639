// Issue #15, "a learner can trust it", walked once per language as a person does: one test.step per point
// of the issue (1–11), by roles and accessible names, axe on every state. A seeded learner (one per
// language, tests/support/e2e-seed.ts) has every general-public unit validated but m1-u2 and m2-u4: they
// fail then pass m1-u2, pass m2-u4, get the certificate, switch track and read their data; a visitor in a
// browser of their own tries the open unit. The quizzes are answered from the questions the page shows.
// The details of each point stay in their own specs (personal, completion, certificates, data-read,
// trust-details, fonts, forms, rgaa); this one proves the points hold together in one journey.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { issueCertificate, type Newcomer } from "./full-journey-steps";
import { AUTH_TEXT, answerShownQuiz, expectAccessible, signIn, trackUnits, type Locale } from "./helpers";

const UNITS = trackUnits("public");
const M1U1 = UNITS.find((u) => u.id === "m1-u1")!;
const M1U2 = UNITS.find((u) => u.id === "m1-u2")!;
const M2U4 = UNITS.find((u) => u.id === "m2-u4")!;
const OPEN_UNIT = UNITS.find((u) => u.id === "m1-u1")!;
const unitPath = (locale: Locale, unit: (typeof UNITS)[number]) =>
  `/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}`;

const TEXT = {
  fr: {
    user: E2E_USERS.journeyFr,
    first: "Amélie",
    last: "N'Guessan",
    mySpace: "Mon espace",
    signOut: "Se déconnecter",
    signUp: "Créer un compte",
    resume: (unit: string) => `Reprendre : ${unit}`,
    validated: "Validée (100 %)",
    badge: "Validée (100 %)",
    studied: "Leçon ouverte",
    moduleProgress: "3 sur 4 unités validées (75 %)",
    units: "Unités",
    toc: "Sommaire de la leçon",
    unitProgress: "Module : 3 unités validées sur 4",
    send: "Envoyer mes réponses",
    nextSteps: "Et maintenant ?",
    failed: "Unité non validée : il faut au moins 80 %.",
    reviewSection: /^Relire la section : « .+ »$/,
    retake: "Refaire le quiz",
    passedModule: (module: string) => `Unité validée, et avec elle tout le module « ${module} ». Bravo !`,
    nextModule: (module: string) => `Module suivant : ${module}`,
    passedTrack: "Unité validée : toutes les unités de votre parcours sont validées.",
    getCertificate: "Obtenir mon attestation",
    download: "Télécharger mon attestation",
    summary: /^Le formulaire contient (une erreur|\d+ erreurs)/,
    required: "Ce champ est obligatoire.",
    unconfirmed: "Cochez la case pour confirmer le changement de parcours",
    wrongPassword: "Mot de passe incorrect.",
    tooShort: "Le mot de passe doit contenir au moins 12 caractères.",
    passwordSection: "Mot de passe",
    newPassword: "Nouveau mot de passe",
    changePassword: "Changer de mot de passe",
    radioProfessional: "Professionnel (modules 1 à 3)",
    category: "Votre activité professionnelle",
    categoryOption: "Élu local",
    explainPro: "Ce que change le passage au parcours professionnel",
    stillValid: "Votre attestation déjà délivrée reste valable et vérifiable",
    confirm: "Je confirme le changement de parcours.",
    save: "Enregistrer",
    changed: "Parcours changé. Vos unités validées et vos attestations sont conservées.",
    myCertificates: "Mes attestations",
    publicCertificate: "Parcours grand public (modules 1 et 2)",
    open: "Voir l'attestation du parcours grand public",
    copy: "Copier le lien de vérification",
    print: "Imprimer l'attestation",
    privacy: "Mes données",
    summaryLink: "Lire mes données en clair (page imprimable)",
    summaryTitle: "Mes données en clair",
    summarySections: ["Qui vous êtes", "Vos consentements", "Vos unités, tentatives et réponses", "Vos attestations"],
    menu: "Menu",
    mainNav: "Navigation principale",
    contact: "Nous écrire :",
    start: "Commencer le module",
    reason: "Connectez-vous ou créez un compte pour suivre ce module.",
    visitorTitle: "Vous découvrez cette unité sans compte",
    takeQuiz: "Passer le quiz",
    createAccount: "Créer mon compte",
  },
  en: {
    user: E2E_USERS.journeyEn,
    first: "Siobhán",
    last: "O'Neill",
    mySpace: "My space",
    signOut: "Sign out",
    signUp: "Create an account",
    resume: (unit: string) => `Resume: ${unit}`,
    validated: "Validated (100 %)",
    badge: "Validated (100%)",
    studied: "Lesson opened",
    moduleProgress: "3 of 4 units validated (75 %)",
    units: "Units",
    toc: "Lesson contents",
    unitProgress: "Module: 3 units validated of 4",
    send: "Send my answers",
    nextSteps: "What next?",
    failed: "Unit not validated: you need at least 80%.",
    reviewSection: /^Read the section again: “.+”$/,
    retake: "Retake the quiz",
    passedModule: (module: string) => `Unit validated, and with it the whole module “${module}”. Well done!`,
    nextModule: (module: string) => `Next module: ${module}`,
    passedTrack: "Unit validated: every unit of your track is validated.",
    getCertificate: "Get my certificate",
    download: "Download my certificate",
    summary: /^There (is a problem|are \d+ problems) with this form/,
    required: "This field is required.",
    unconfirmed: "Tick the box to confirm the change of track",
    wrongPassword: "Wrong password.",
    tooShort: "The password must be at least 12 characters long.",
    passwordSection: "Password",
    newPassword: "New password",
    changePassword: "Change password",
    radioProfessional: "Professional (modules 1 to 3)",
    category: "Your professional activity",
    categoryOption: "Local elected official",
    explainPro: "What switching to the professional track changes",
    stillValid: "Your certificate already issued stays valid and verifiable",
    confirm: "I confirm the change of track.",
    save: "Save",
    changed: "Track changed. Your validated units and your certificates are kept.",
    myCertificates: "My certificates",
    publicCertificate: "General public track (modules 1 and 2)",
    open: "View the general public track certificate",
    copy: "Copy the verification link",
    print: "Print the certificate",
    privacy: "My data",
    summaryLink: "Read my data in plain words (printable page)",
    summaryTitle: "My data in plain words",
    summarySections: ["Who you are", "Your consents", "Your units, attempts and answers", "Your certificates"],
    menu: "Menu",
    mainNav: "Main navigation",
    contact: "Write to us:",
    start: "Start the module",
    reason: "Sign in or create an account to follow this module.",
    visitorTitle: "You are trying this unit without an account",
    takeQuiz: "Take the quiz",
    createAccount: "Create my account",
  },
} as const;

/** The result's actions: the first is the primary one. */
const actions = (page: Page, locale: Locale) =>
  page.getByRole("navigation", { name: TEXT[locale].nextSteps }).getByRole("link");

/** The summary that took focus lists every one of these messages, in one answer. */
async function expectOneSummary(page: Page, locale: Locale, messages: string[]) {
  const focused = page.locator(":focus");
  await expect(focused).toContainText(TEXT[locale].summary);
  for (const message of messages) await expect(focused).toContainText(message);
}

/** Layout shifts so far on this page, summed as CLS counts them (no input in between). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );

async function visitorSteps(browser: Browser, locale: Locale) {
  const t = TEXT[locale];
  const context = await browser.newContext();
  const page = await context.newPage();
  await test.step("9. a visitor following “Commencer le module” is told why on the sign-in page", async () => {
    await page.goto(`/${locale}/modules/tous-impliques`);
    await page.getByRole("link", { name: t.start }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?next=[^&]+&reason=module$`));
    await expect(page.getByText(t.reason)).toBeVisible();
    await expectAccessible(page, `sign-in with a reason (${locale})`);
  });
  await test.step("10. a visitor studies the open unit; its quiz asks them to create an account", async () => {
    await page.goto(`/${locale}/modules/comprendre-la-menace`);
    await page.getByRole("link", { name: t.start }).click();
    await expect(page).toHaveURL(new RegExp(`${unitPath(locale, OPEN_UNIT)}$`));
    await expect(page.getByRole("heading", { level: 1, name: OPEN_UNIT.title[locale] })).toBeVisible();
    await expect(page.getByText(t.visitorTitle)).toBeVisible();
    await expectAccessible(page, `open unit, visitor (${locale})`);
    await page.getByRole("link", { name: t.takeQuiz }).click();
    await expect(page.getByRole("group")).toHaveCount(0);
    await expect(page.getByRole("link", { name: t.createAccount })).toHaveAttribute(
      "href",
      new RegExp(`/${locale}/sign-up\\?next=`),
    );
    await expectAccessible(page, `open unit's quiz, visitor (${locale})`);
  });
  await context.close();
}

for (const locale of ["fr", "en"] as const) {
  const t = TEXT[locale];

  test(`a learner can trust it: points 1 to 11 in one journey (${locale})`, async ({ page, browser, context }) => {
    test.setTimeout(300_000);
    const module1 = M1U2.moduleTitle[locale];
    const module2 = M2U4.moduleTitle[locale];
    const who: Newcomer = {
      locale,
      firstName: t.first,
      lastName: t.last,
      fullName: `${t.first} ${t.last}`,
      username: t.user,
      email: `${t.user}@example.org`,
    };
    await signIn(page, locale, t.user, E2E_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));

    await test.step("1. the static pages know who is signed in: header, where to resume, badges, progress", async () => {
      await page.goto(`/${locale}`);
      const banner = page.getByRole("banner");
      await expect(banner.getByRole("link", { name: t.mySpace })).toBeVisible();
      await expect(banner.getByRole("button", { name: t.signOut })).toBeVisible();
      await expect(banner.getByRole("link", { name: t.signUp })).toHaveCount(0);
      await expect(page.getByRole("link", { name: t.resume(M1U2.title[locale]) })).toBeVisible();
      await expectAccessible(page, `home, signed in (${locale})`);
      await page.goto(`/${locale}/modules/${M1U2.moduleSlug}`);
      const units = page.getByRole("region", { name: t.units }).getByRole("listitem");
      await expect(units.filter({ hasText: OPEN_UNIT.title[locale] })).toContainText(t.validated);
      await expect(units.filter({ hasText: M1U2.title[locale] })).toContainText(t.studied);
      await expect(page.getByText(t.moduleProgress)).toBeVisible();
      await expectAccessible(page, `module overview, signed in (${locale})`);
    });

    await test.step("2. resume: the dashboard offers the next unit; the unit page has its contents", async () => {
      await page.goto(`/${locale}/dashboard`);
      await page.getByRole("link", { name: M1U2.title[locale] }).first().click();
      await expect(page).toHaveURL(new RegExp(`${unitPath(locale, M1U2)}$`));
      await expect(page.getByRole("navigation", { name: t.toc }).getByRole("link").first()).toBeVisible();
      await expect(page.getByText(t.unitProgress, { exact: true })).toBeVisible();
      await expectAccessible(page, `unit page, signed in (${locale})`);
    });

    await test.step("9. a phone number in a lesson is a tel: link", async () => {
      await page.goto(unitPath(locale, M1U1));
      await expect(page.getByRole("link", { name: "112", exact: true }).first()).toHaveAttribute("href", "tel:112");
    });

    await test.step("4. a failed quiz offers the section to read again; a pass offers the next module", async () => {
      await page.goto(`${unitPath(locale, M1U2)}/quiz`);
      await answerShownQuiz(page, locale, M1U2.quiz, false);
      await page.getByRole("button", { name: t.send }).click();
      await expect(page.getByText(t.failed)).toBeVisible();
      const primary = actions(page, locale).first();
      await expect(primary).toHaveText(t.reviewSection);
      await expect(primary).toHaveAttribute("href", new RegExp(`^${unitPath(locale, M1U2)}#`));
      await expectAccessible(page, `failed result (${locale})`);
      await actions(page, locale).filter({ hasText: t.retake }).click();
      await answerShownQuiz(page, locale, M1U2.quiz, true);
      await page.getByRole("button", { name: t.send }).click();
      await expect(page.getByText(t.passedModule(module1))).toBeVisible();
      await expect(actions(page, locale).first()).toHaveText(t.nextModule(module2));
      await expectAccessible(page, `module validated (${locale})`);
      await page.goto(unitPath(locale, M1U2));
      await expect(page.getByText(t.badge, { exact: true })).toBeVisible();
    });

    await test.step("5. forms: every error at once, the ones the database checks included", async () => {
      await page.goto(`/${locale}/account`);
      const profile = page.locator("#profile-form");
      await profile.getByLabel(AUTH_TEXT[locale].last, { exact: true }).fill("");
      await profile.getByLabel(t.radioProfessional).check();
      await expect(profile.getByRole("heading", { name: t.explainPro })).toBeVisible();
      await profile.getByLabel(t.category).selectOption({ label: t.categoryOption });
      await profile.getByRole("button", { name: t.save }).click();
      await expectOneSummary(page, locale, [t.required, t.unconfirmed]);
      await expect(profile.getByLabel(t.radioProfessional)).toBeChecked();
      await expectAccessible(page, `profile form with two errors (${locale})`);

      const password = page.getByRole("region", { name: t.passwordSection });
      await password.getByLabel(AUTH_TEXT[locale].currentPw).fill("pas le bon mot de passe du tout");
      await password.getByLabel(t.newPassword).fill("court");
      await page.getByRole("button", { name: t.changePassword }).click();
      await expectOneSummary(page, locale, [t.wrongPassword, t.tooShort]);
      await expect(password.getByLabel(AUTH_TEXT[locale].currentPw)).toHaveValue("pas le bon mot de passe du tout");
      await expectAccessible(page, `password form with two errors (${locale})`);
    });

    await test.step("4. the last unit completes the track: “Obtenir mon attestation” comes first", async () => {
      await page.goto(`${unitPath(locale, M2U4)}/quiz`);
      await answerShownQuiz(page, locale, M2U4.quiz, true);
      await page.getByRole("button", { name: t.send }).click();
      await expect(page.getByText(t.passedTrack)).toBeVisible();
      await expect(actions(page, locale).first()).toHaveText(t.getCertificate);
      await expectAccessible(page, `track completed (${locale})`);
    });

    let code = "";
    await test.step("6. the name retyped with a typographic apostrophe and other spaces issues the certificate", async () => {
      code = await issueCertificate(page, who);
    });

    await test.step("4. the dashboard offers the issued certificate for download", async () => {
      await page.goto(`/${locale}/dashboard`);
      await expect(page.getByRole("link", { name: t.download })).toHaveAttribute(
        "href",
        `/api/certificates/${code}/pdf`,
      );
      await expectAccessible(page, `dashboard with the certificate (${locale})`);
    });

    await test.step("3. switching track is explained, then confirmed; the certificate stays listed", async () => {
      await page.goto(`/${locale}/account`);
      const profile = page.locator("#profile-form");
      await profile.getByLabel(t.radioProfessional).check();
      await expect(profile).toContainText(t.stillValid);
      await profile.getByLabel(t.category).selectOption({ label: t.categoryOption });
      await profile.getByLabel(t.confirm).check();
      await profile.getByRole("button", { name: t.save }).click();
      await expect(profile.getByText(t.changed)).toBeVisible();
      await expectAccessible(page, `track switched (${locale})`);
      await page.goto(`/${locale}/dashboard`);
      const certificates = page.getByRole("region", { name: t.myCertificates });
      await expect(certificates).toContainText(t.publicCertificate);
      await certificates.getByRole("link", { name: t.open }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/certificates/${code}$`));
    });

    await test.step("8. the certificate page: verification link, copy, print", async () => {
      // The signed link (issue #19), which carries the certificate's claims.
      const verifyLink = page.getByRole("link", { name: /\/verify\// });
      const verificationUrl = (await verifyLink.getAttribute("href")) ?? "";
      expect(verificationUrl).toMatch(new RegExp(`^${E2E_BASE_URL}/(fr|en)/verify/[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: E2E_BASE_URL });
      await page.getByRole("button", { name: t.copy }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(verificationUrl);
      await expect(page.getByRole("button", { name: t.print })).toBeVisible();
      await expectAccessible(page, `certificate page (${locale})`);
    });

    await test.step("7. data you can read: the summary in the learner's language", async () => {
      await page.goto(`/${locale}/account/privacy`);
      await page.getByRole("link", { name: t.summaryLink }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.summaryTitle })).toBeVisible();
      for (const section of t.summarySections) await expect(page.getByRole("heading", { name: section })).toBeVisible();
      await expect(page.getByText(M1U2.title[locale]).first()).toBeVisible();
      await expectAccessible(page, `readable summary (${locale})`);
    });

    await test.step("9. at 360 px: one header row with a menu; the contact address is real", async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${locale}/faq`);
      const menu = page.getByRole("banner").getByRole("button", { name: t.menu });
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(100);
      await menu.click();
      await expect(page.getByRole("navigation", { name: t.mainNav })).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: t.mySpace })).toBeVisible();
      await expectAccessible(page, `menu open at 360 px (${locale})`);
      const footerMail = page.getByRole("contentinfo").getByRole("link", { name: /@/ }).first();
      await expect(footerMail).toHaveAttribute("href", /^mailto:[^@]+@[^@]+$/);
      await expect(page.getByRole("contentinfo")).toContainText(t.contact);
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step("11. steady: nothing moves while the personal part arrives", async () => {
      for (const path of [`/${locale}`, `/${locale}/faq`, `/${locale}/modules/${M1U2.moduleSlug}`]) {
        await page.goto(path);
        await expect(page.getByRole("banner").getByRole("link", { name: t.mySpace })).toBeVisible();
        expect(await layoutShift(page), `layout shift on ${path}`).toBeLessThanOrEqual(0.05);
      }
    });

    await visitorSteps(browser, locale);
  });
}
