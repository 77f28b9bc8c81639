// The steps of the full journey (full-journey.spec.ts) through the general-public track: every lesson
// looked through, then each unit and its quiz in turn, with the minimum study time waited for real.
import { expect, test, type Page } from "@playwright/test";
import { TEXT } from "./full-journey-text";
import { AUTH_TEXT, answerQuiz, expectAccessible, trackUnits, type Locale, type TrackUnit } from "./helpers";

export const UNITS = trackUnits("public");
export const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

/** Real visits of every lesson of the track: each unit's study time starts now, so the waits overlap (see the README). */
export async function lookThroughLessons(page: Page, locale: Locale) {
  for (const unit of UNITS) {
    await page.goto(`/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}`);
    await expect(h1(page)).toHaveText(unit.title[locale]);
  }
  await page.goto(`/${locale}/dashboard`);
}

/** The dashboard's next step opens the first unit. */
export async function startTrack(page: Page, locale: Locale) {
  await page
    .getByRole("region", { name: TEXT[locale].nextStep })
    .getByRole("link", { name: UNITS[0]!.title[locale] })
    .click();
}

/**
 * A quiz opens a minimum study time (about 1.5 min here) after the lesson's first view. The journey
 * waits for real, reloading the quiz page until its notice is gone: no clock or setting is bent.
 */
async function waitUntilQuizOpens(page: Page, notice: string) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.getByText(notice).count()).toBe(0);
  }).toPass({ timeout: 240_000, intervals: [5_000] });
}

/** From the unit page (reached by the app's own links) to its quiz. */
async function openQuiz(page: Page, locale: Locale, unit: TrackUnit) {
  const t = TEXT[locale];
  const title = unit.title[locale];
  await expect(page).toHaveURL(new RegExp(`/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}$`));
  await expect(h1(page)).toHaveText(title);
  await expect(page).toHaveTitle(`${title} · Vigie`);
  await expectAccessible(page, `unit ${unit.id}`);
  await page.getByRole("link", { name: t.takeQuiz }).click();
  await expect(h1(page)).toHaveText(t.quizTitle(title));
  await expect(page).toHaveTitle(`${t.quizTitle(title)} · Vigie`);
  await expect(page.getByRole("group")).toHaveCount(unit.asked);
  await expectAccessible(page, `quiz ${unit.id}`);
}

/** Too early: the page says how long is left; answers sent now are refused and kept. */
async function sendTooEarly(page: Page, locale: Locale, unit: TrackUnit) {
  const t = TEXT[locale];
  await expect(page.getByRole("status").filter({ hasText: t.quizOpensIn })).toBeVisible();
  await expectAccessible(page, `quiz ${unit.id} before the study time`);
  const asked = await answerQuiz(page, locale, unit.quiz, true);
  await page.getByRole("button", { name: t.sendAnswers }).click();
  await expect(page.getByText(t.notSent)).toBeVisible();
  await expect(page.locator("input:checked")).toHaveCount(asked.reduce((n, q) => n + q.correct.length, 0));
  await expectAccessible(page, `quiz ${unit.id} refused as too early`);
}

/**
 * A failed attempt, its review (every question marked incorrect with the learner's answer and a link to
 * the lesson section that teaches it; neither the right choices nor the explanations until a pass), a
 * section link followed to its heading, then back to a blank quiz.
 */
async function failAndReview(page: Page, locale: Locale, unit: TrackUnit) {
  const t = TEXT[locale];
  const title = unit.title[locale];
  await answerQuiz(page, locale, unit.quiz, false);
  await page.getByRole("button", { name: t.sendAnswers }).click();
  await expect(page.getByText(t.failed)).toBeVisible();
  await expect(page).toHaveTitle(`${t.resultTitle(title)} · Vigie`);
  await expect(page.getByText(t.score(0, 0, unit.asked))).toBeVisible();
  await expect(page.getByRole("heading", { name: t.toReview })).toBeVisible();
  await expect(page.getByText(t.incorrect, { exact: true })).toHaveCount(unit.asked);
  await expect(page.getByText(t.yourAnswer)).toHaveCount(unit.asked);
  const sections = page.getByRole("link", { name: t.readSection });
  await expect(sections).toHaveCount(unit.asked);
  const html = await page.content();
  for (const q of unit.quiz) expect(html).not.toContain(q.explanation[locale]);
  expect(html).not.toContain("✓");
  await expectAccessible(page, `failed result ${unit.id}`);
  // A section link opens the lesson at the heading that teaches the question.
  const first = sections.first();
  const heading = t.readSection.exec((await first.innerText()).trim())?.[1] ?? "";
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}#.+$`));
  await expect(page.getByRole("heading", { name: heading, exact: true })).toBeInViewport();
  await page.goBack();
  await page.getByRole("link", { name: t.retake }).click();
  await expect(h1(page)).toHaveText(t.quizTitle(title));
  await expect(page.locator("input:checked")).toHaveCount(0);
  await expectAccessible(page, `quiz retake ${unit.id}`);
}

async function pass(page: Page, locale: Locale, index: number) {
  const t = TEXT[locale];
  const unit = UNITS[index]!;
  const next = UNITS[index + 1];
  await answerQuiz(page, locale, unit.quiz, true);
  await page.getByRole("button", { name: t.sendAnswers }).click();
  // The message says what the pass completed: the unit, its module, or the whole track.
  await expect(
    page.getByText(
      !next ? t.passedTrack : next.moduleSlug !== unit.moduleSlug ? t.passedModule(unit.moduleTitle[locale]) : t.passed,
    ),
  ).toBeVisible();
  await expect(page).toHaveTitle(`${t.resultTitle(unit.title[locale])} · Vigie`);
  await expect(page.getByText(t.score(100, unit.asked, unit.asked))).toBeVisible();
  await expect(page.getByRole("heading", { name: t.toReview })).toHaveCount(0);
  await expectAccessible(page, `passed result ${unit.id}`);
}

/** The result's link to the next unit of the module, or back to the dashboard (module 1 shown complete) and its next step. */
async function goOn(page: Page, locale: Locale, index: number) {
  const t = TEXT[locale];
  const unit = UNITS[index]!;
  const next = UNITS[index + 1];
  if (next && next.moduleSlug === unit.moduleSlug) {
    await page.getByRole("link", { name: t.nextUnit(next.title[locale]) }).click();
    return;
  }
  // The primary action is the next module, or the certificate at the end of the track; the journey goes by the dashboard.
  await expect(
    page.getByRole("link", { name: next ? t.nextModule(next.moduleTitle[locale]) : t.getCertificate }),
  ).toBeVisible();
  await page.getByRole("link", { name: t.backDashboard }).click();
  await expect(h1(page)).toHaveText(AUTH_TEXT[locale].dashboard);
  if (next) {
    await expect(page.getByRole("region", { name: t.moduleN(1, unit.moduleTitle[locale]) })).toContainText(
      t.progress(4, 100),
    );
    await expectAccessible(page, "dashboard after module 1");
    await page.getByRole("region", { name: t.nextStep }).getByRole("link", { name: next.title[locale] }).click();
  }
}

/** One unit of the track: its page, its quiz (sent too early on the first unit, failed first on `failFirst`), its result, then on. */
export async function completeUnit(page: Page, locale: Locale, index: number, failFirst: string) {
  const unit = UNITS[index]!;
  await test.step("unit page, then its quiz", () => openQuiz(page, locale, unit));
  if (index === 0)
    await test.step("answers sent before the study time: refused, kept", () => sendTooEarly(page, locale, unit));
  await test.step("waits for the minimum study time, for real", () =>
    waitUntilQuizOpens(page, TEXT[locale].quizOpensIn));
  if (unit.id === failFirst)
    await test.step("fails, reads the review, follows a section link, retakes", () =>
      failAndReview(page, locale, unit));
  await test.step("passes with every answer right", () => pass(page, locale, index));
  await test.step("goes on", () => goOn(page, locale, index));
}

export async function expectTrackValidated(page: Page, locale: Locale) {
  const t = TEXT[locale];
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
  for (const n of [1, 2]) {
    const region = page.getByRole("region", { name: t.moduleN(n, UNITS[(n - 1) * 4]!.moduleTitle[locale]) });
    await expect(region).toContainText(t.progress(4, 100));
    await expect(region.getByText(t.validated100)).toHaveCount(4);
  }
  await expect(page.getByText(t.eligible)).toBeVisible();
  await expectAccessible(page, "dashboard, track validated");
}
