// Issue #15, point 4, "completion you can feel": after a failed quiz the primary action is "Relire la
// section" (the lesson section teaching the first missed question), after a pass it is the next unit;
// the unit page shows its table of contents, a "Validée (score)" badge and the module's progress; the
// dashboard offers an issued certificate for download. In French and English, axe-checked at every state.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS, FIXTURES_FILE } from "../support/e2e-users";
import { answerQuiz, expectAccessible, readQuiz, signIn, trackUnits, type Locale, type TrackUnit } from "./helpers";

const TEXT = {
  fr: {
    send: "Envoyer mes réponses",
    toc: "Sommaire de la leçon",
    nextSteps: "Et maintenant ?",
    failed: "Unité non validée : il faut au moins 80 %.",
    passed: "Unité validée. Bravo !",
    score: (percent: number, correct: number, total: number) =>
      `${percent} % — ${correct} ${correct > 1 ? "bonnes réponses" : "bonne réponse"} sur ${total}`,
    reviewSection: (section: string) => `Relire la section : « ${section} »`,
    nextUnit: (title: string) => `Unité suivante : ${title}`,
    retake: "Refaire le quiz",
    badge: (percent: number) => `Validée (${percent} %)`,
    moduleProgress: (done: number, total: number) =>
      `Module : ${done} ${done > 1 ? "unités validées" : "unité validée"} sur ${total}`,
    download: "Télécharger mon attestation",
    canGet: "Vous pouvez obtenir votre attestation.",
  },
  en: {
    send: "Send my answers",
    toc: "Lesson contents",
    nextSteps: "What next?",
    failed: "Unit not validated: you need at least 80%.",
    passed: "Unit validated. Well done!",
    score: (percent: number, correct: number, total: number) =>
      `${percent}% — ${correct} correct ${correct === 1 ? "answer" : "answers"} out of ${total}`,
    reviewSection: (section: string) => `Read the section again: “${section}”`,
    nextUnit: (title: string) => `Next unit: ${title}`,
    retake: "Retake the quiz",
    badge: (percent: number) => `Validated (${percent}%)`,
    moduleProgress: (done: number, total: number) =>
      `Module: ${done} ${done === 1 ? "unit validated" : "units validated"} of ${total}`,
    download: "Download my certificate",
    canGet: "You can get your certificate.",
  },
} as const;

const UNITS = trackUnits("public");
/** quiz.json also says which lesson section (h2 id, per language) teaches each question. */
const sectionsOf = (unit: TrackUnit) =>
  JSON.parse(readFileSync(`content/modules/${unit.moduleDir}/units/${unit.unitDir}/quiz.json`, "utf8")) as {
    questions: { id: string; section: Record<Locale, string> }[];
  };

/** The result's actions: the first is the primary one. */
const actions = (page: Page, locale: Locale) =>
  page.getByRole("navigation", { name: TEXT[locale].nextSteps }).getByRole("link");

async function failReviewThenPass(page: Page, locale: Locale, index: number, validatedBefore: number) {
  const t = TEXT[locale];
  const unit = UNITS[index]!;
  const next = UNITS[index + 1]!;
  const unitPath = `/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}`;
  const questions = readQuiz(unit.moduleDir, unit.unitDir);
  const total = unit.asked;

  await test.step("the unit page: table of contents and the module's progress, not yet validated", async () => {
    await page.goto(unitPath);
    const toc = page.getByRole("navigation", { name: t.toc });
    await expect(toc.getByRole("link").first()).toBeVisible();
    // Every entry leads to a section heading of the lesson.
    for (const link of await toc.getByRole("link").all()) {
      const id = (await link.getAttribute("href"))!.replace(/^#/, "");
      await expect(page.locator(`h2[id="${id}"]`)).toHaveText(await link.innerText());
    }
    await expect(page.getByText(t.moduleProgress(validatedBefore, 4), { exact: true })).toBeVisible();
    await expect(page.getByText(t.badge(100))).toHaveCount(0);
    await expectAccessible(page, `unit ${unit.id} before the quiz (${locale})`);
  });

  await test.step("a failed quiz: the primary action is the section teaching the first missed question", async () => {
    await page.goto(`${unitPath}/quiz`);
    await answerQuiz(page, locale, questions, false);
    await page.getByRole("button", { name: t.send }).click();
    await expect(page.getByText(t.failed)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: t.score(0, 0, total) })).toBeVisible();
    // Questions are shown shuffled: the first missed one is the first shown (every answer is wrong).
    const firstShown = (await page.getByRole("heading", { level: 3 }).first().innerText()).trim();
    const missed = questions.find((q) => firstShown.endsWith(q.prompt[locale]))!;
    const anchor = sectionsOf(unit).questions.find((q) => q.id === missed.id)!.section[locale];
    const primary = actions(page, locale).first();
    await expect(primary).toHaveAttribute("href", `${unitPath}#${anchor}`);
    const primaryText = (await primary.innerText()).trim();
    await expect(actions(page, locale).filter({ hasText: t.nextUnit(next.title[locale]) })).toHaveCount(1);
    await expectAccessible(page, `failed result ${unit.id} (${locale})`);
    await primary.click();
    // The browser percent-encodes an accented anchor ("#doù-…" becomes "#do%C3%B9-…"): compare it decoded.
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${anchor}`);
    await expect(page).toHaveURL(new RegExp(`${unitPath}#`));
    // A question may point at a sub-section (h3) as well as a section.
    const section = page.locator(`:is(h2, h3, h4)[id="${anchor}"]`);
    await expect(section).toBeInViewport();
    expect(primaryText).toBe(t.reviewSection((await section.innerText()).trim()));
    await expectAccessible(page, `unit ${unit.id} at the section to read again (${locale})`);
    await page.goBack();
  });

  await test.step("a passed quiz: the message, then the next unit as the primary action", async () => {
    await actions(page, locale).filter({ hasText: t.retake }).click();
    await answerQuiz(page, locale, questions, true);
    await page.getByRole("button", { name: t.send }).click();
    await expect(page.getByText(t.passed)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: t.score(100, total, total) })).toBeVisible();
    await expect(actions(page, locale).first()).toHaveText(t.nextUnit(next.title[locale]));
    await expect(actions(page, locale).filter({ hasText: /^(Relire la section|Read the section again)/ })).toHaveCount(
      0,
    );
    await expectAccessible(page, `passed result ${unit.id} (${locale})`);
    await actions(page, locale).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(next.title[locale]);
  });

  await test.step("back on the unit page: the badge and the module's progress", async () => {
    await page.goto(unitPath);
    await expect(page.getByText(t.badge(100), { exact: true })).toBeVisible();
    await expect(page.getByText(t.moduleProgress(validatedBefore + 1, 4), { exact: true })).toBeVisible();
    await expectAccessible(page, `unit ${unit.id} validated (${locale})`);
  });
}

test("a failed quiz sends the learner to the section to read again, a pass to the next unit, and the unit page shows it", async ({
  page,
}) => {
  await signIn(page, "fr", E2E_USERS.reviewer);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  await failReviewThenPass(page, "fr", 0, 0);
  await page.goto("/en/dashboard");
  await failReviewThenPass(page, "en", 1, 1);
});

test("once the certificate is issued, the dashboard offers to download it", async ({ page }) => {
  const { ownerCertificateCode: code } = JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as {
    ownerCertificateCode: string;
  };
  await signIn(page, "fr", E2E_USERS.certOwner);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  for (const locale of ["fr", "en"] as const) {
    await page.goto(`/${locale}/dashboard`);
    const t = TEXT[locale];
    await expect(page.getByRole("link", { name: t.download })).toHaveAttribute("href", `/api/certificates/${code}/pdf`);
    await expect(page.getByText(t.canGet)).toHaveCount(0);
    await expectAccessible(page, `dashboard with an issued certificate (${locale})`);
  }
});
