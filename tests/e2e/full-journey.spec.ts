// Issue #8 point 7: the whole learner journey for a person who registers during the test, in
// French and in English, with axe-core on every page and state and no request leaving the origin;
// then one keyboard-only pass over the core of the journey. The steps live in full-journey-steps.ts
// (around the course) and full-journey-units.ts (the course itself); the page texts in full-journey-text.ts.
import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, storageStateOf } from "../support/e2e-users";
import {
  confirmAndSignIn,
  deleteAccount,
  exportData,
  issueCertificate,
  newcomer,
  register,
  verifyAsVisitor,
} from "./full-journey-steps";
import { TEXT } from "./full-journey-text";
import { UNITS, completeUnit, expectTrackValidated, h1, lookThroughLessons, startTrack } from "./full-journey-units";
import { AUTH_TEXT, answerQuizByKeyboard, expectFocusVisible, tabTo, watchThirdParty } from "./helpers";

test("the general-public track has the 8 units of modules 1 and 2", () => {
  expect(UNITS.map((u) => u.id)).toEqual(["m1-u1", "m1-u2", "m1-u3", "m1-u4", "m2-u1", "m2-u2", "m2-u3", "m2-u4"]);
});

for (const locale of ["fr", "en"] as const) {
  // One quiz per language is failed first, reviewed, then retaken.
  const failFirst = locale === "fr" ? "m1-u3" : "m2-u2";

  test(`a new learner registers, validates modules 1 and 2, gets and verifies the certificate, exports and deletes the account (${locale})`, async ({
    page,
    browser,
  }) => {
    // About 1.5 min of it is the minimum study time of the first lesson, waited for real.
    test.setTimeout(420_000);
    const outside = watchThirdParty(page);
    const learner = newcomer(locale);

    await test.step("registration: a first submission with mistakes, then the right one", () =>
      register(page, learner));
    // Signing in is part of this journey: by username in French, by email address in English.
    await test.step("confirmation by the emailed link, then the first sign-in", () => confirmAndSignIn(page, learner));
    await test.step("looks through every lesson first: each unit's study time starts now", () =>
      lookThroughLessons(page, locale));
    await test.step("modules 1 and 2: every unit page, then its quiz, following the app's own links", async () => {
      await startTrack(page, locale);
      for (const [i, unit] of UNITS.entries()) {
        await test.step(`unit ${unit.id}`, () => completeUnit(page, locale, i, failFirst));
      }
    });
    await test.step("the dashboard shows modules 1 and 2 validated, and the certificate within reach", () =>
      expectTrackValidated(page, locale));
    const code =
      await test.step("certificate: review, an incomplete confirmation refused, the irreversible issue, the PDF", () =>
        issueCertificate(page, learner));
    const visitor = await test.step("anyone can verify the code on the public page", () =>
      verifyAsVisitor(browser, learner, code));
    await test.step("data export from the privacy page", () => exportData(page, learner, code));
    await test.step("deletion: refused without the checkbox, then done; the account no longer signs in", () =>
      deleteAccount(page, learner));
    await test.step("the certificate no longer verifies", async () => {
      await visitor.page.goto(`/${locale}/verify/${code}`);
      await expect(visitor.page.getByText(TEXT[locale].unknownCode)).toBeVisible();
      await visitor.context.close();
    });

    expect(outside).toEqual([]);
    expect(visitor.outside).toEqual([]);
  });
}

// The keyboard-only pass: signing in is one test (the sign-in form is its subject); the course part
// starts from the seeded learner's saved sign-in (tests/e2e/auth.setup.ts).
test("keyboard only (fr): the skip link, then signing in", async ({ page }) => {
  const outside = watchThirdParty(page);
  await page.goto("/fr/sign-in");

  await test.step("the first Tab shows the skip link; following it puts the next Tab inside the main content", async () => {
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Aller au contenu principal" });
    await expect(skip).toBeFocused();
    expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(50);
    await expectFocusVisible(page, "skip link");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel(AUTH_TEXT.fr.identifier), { max: 3 });
    await expectFocusVisible(page, "identifier field");
  });
  await test.step("identifier, Tab, password, Enter: signed in", async () => {
    await page.keyboard.type(E2E_USERS.keyboard);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel(AUTH_TEXT.fr.pw, { exact: true })).toBeFocused();
    await page.keyboard.type(E2E_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/fr\/dashboard$/);
    await expect(h1(page)).toHaveText(AUTH_TEXT.fr.dashboard);
  });
  expect(outside).toEqual([]);
});

test.describe(() => {
  test.use({ storageState: storageStateOf(E2E_USERS.keyboard) });

  test("keyboard only (fr): study a unit, answer its quiz, read the result, open the dashboard", async ({ page }) => {
    const outside = watchThirdParty(page);
    const t = TEXT.fr;
    const unit = UNITS[0]!;
    await page.goto("/fr/dashboard");
    await expect(h1(page)).toHaveText(AUTH_TEXT.fr.dashboard);

    await test.step("from the dashboard's next step to the unit", async () => {
      const nextStep = page.getByRole("region", { name: t.nextStep }).getByRole("link", { name: unit.title.fr });
      await tabTo(page, nextStep);
      await expectFocusVisible(page, "next-step link");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/fr/learn/${unit.moduleSlug}/${unit.unitSlug}$`));
      await expect(h1(page)).toHaveText(unit.title.fr);
    });
    await test.step("the transcript opens and a myth/fact card flips", async () => {
      const transcript = page.locator("summary", { hasText: "Lire la transcription" });
      await tabTo(page, transcript);
      await expectFocusVisible(page, "transcript toggle");
      await page.keyboard.press("Enter");
      await expect(page.locator("details").filter({ has: transcript })).toHaveAttribute("open", "");
      const card = page.getByRole("group", { name: "Carte 1 sur 4" });
      await tabTo(page, card.getByRole("button", { name: "Voir la réalité" }));
      await expectFocusVisible(page, "myth/fact button");
      await page.keyboard.press("Enter");
      await expect(card.getByRole("button")).toHaveText("Revoir l'idée reçue");
    });
    await test.step("the quiz, answered and sent", async () => {
      await tabTo(page, page.getByRole("link", { name: t.takeQuiz }), { max: 80 });
      await expectFocusVisible(page, "take-the-quiz link");
      await page.keyboard.press("Enter");
      await expect(h1(page)).toHaveText(t.quizTitle(unit.title.fr));
      await answerQuizByKeyboard(page, "fr", unit.quiz, t.sendAnswers);
      await page.keyboard.press("Enter");
      await expect(page.getByText(t.passed)).toBeVisible();
      await expect(page.getByText(t.score(100, unit.asked, unit.asked))).toBeVisible();
    });
    await test.step("back to the dashboard through the main navigation", async () => {
      const dashboardLink = page
        .getByRole("navigation", { name: t.mainNav })
        .getByRole("link", { name: AUTH_TEXT.fr.dashboard });
      await tabTo(page, dashboardLink, { max: 80 });
      await expectFocusVisible(page, "main navigation link");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/fr\/dashboard$/);
      const module1 = page.getByRole("region", { name: t.moduleN(1, unit.moduleTitle.fr) });
      await expect(module1).toContainText(t.progress(1, 25));
      await expect(module1.getByRole("listitem").filter({ hasText: unit.title.fr })).toContainText(t.validated100);
      await expect(module1.getByText(t.notStarted)).toHaveCount(3);
    });
    expect(outside).toEqual([]);
  });
});
