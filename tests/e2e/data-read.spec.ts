// Issue #15, points 7 and 10, walked as a person does, in French and English, axe on every state.
// 7 — "Mes données" offers a readable summary of one's data next to the JSON: quiz answers are the
//     choices' own words, and the page prints as a document (print media: no site header or footer).
// 10 — A visitor studies the first unit of module 1 without an account; its quiz asks them to create
//     one; they sign up (confirmation email, sign-in) and come back to the quiz, the unit studied.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { AUTH_TEXT, expectAccessible, fillSignUp, mailTo, readQuiz, signIn, type Locale } from "./helpers";

const QUIZ = readQuiz("01-comprendre-la-menace", "01-qu-est-ce-que-le-terrorisme");
const UNIT_PATH = "/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme";

const TEXT = {
  fr: {
    privacy: "Mes données",
    summaryLink: "Lire mes données en clair (page imprimable)",
    summaryTitle: "Mes données en clair",
    print: "Imprimer ou enregistrer en PDF",
    who: "Qui vous êtes",
    consents: "Vos consentements",
    units: "Vos unités, tentatives et réponses",
    certificates: "Vos attestations",
    sessions: "Vos sessions",
    yourAnswer: "Votre réponse :",
    unitTitle: "Qu'est-ce que le terrorisme ?",
    start: "Commencer le module",
    visitorTitle: "Vous découvrez cette unité sans compte",
    takeQuiz: "Passer le quiz",
    quizTitle: "Quiz : Qu'est-ce que le terrorisme ?",
    createAccount: "Créer mon compte",
    studyLonger: "Prenez le temps de lire la leçon",
    studied: "Leçon ouverte",
    dashboard: "Mon parcours",
  },
  en: {
    privacy: "My data",
    summaryLink: "Read my data in plain words (printable page)",
    summaryTitle: "My data in plain words",
    print: "Print or save as PDF",
    who: "Who you are",
    consents: "Your consents",
    units: "Your units, attempts and answers",
    certificates: "Your certificates",
    sessions: "Your sessions",
    yourAnswer: "Your answer:",
    unitTitle: "What is terrorism?",
    start: "Start the module",
    visitorTitle: "You are trying this unit without an account",
    takeQuiz: "Take the quiz",
    quizTitle: "Quiz: What is terrorism?",
    createAccount: "Create my account",
    studyLonger: "Take the time to read the lesson",
    studied: "Lesson opened",
    dashboard: "My progress",
  },
} as const;

/** The answer a summary gives for a question of m1-u1: its prompt (dt), then "Your answer: …" (dd). */
async function answerShown(page: Page, prompt: string): Promise<string> {
  const term = page.locator("dt", { hasText: prompt }).first();
  return (await term.locator("xpath=following-sibling::dd[1]").innerText()).trim();
}

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  const t = TEXT[locale];

  test(`the readable summary of one's data shows the choices' text and prints as a document (${locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, locale, E2E_USERS.certOwner);
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
    await page.goto(`/${locale}/account/privacy`);
    await page.getByRole("link", { name: t.summaryLink }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/account/privacy/summary$`));
    await expect(page.getByRole("heading", { level: 1, name: t.summaryTitle })).toBeVisible();
    for (const heading of [t.who, t.consents, t.units, t.certificates, t.sessions])
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(page.getByText(E2E_USERS.certOwner, { exact: true })).toBeVisible();

    // The seeded owner passed m1-u1 with the right answers: each is given in the course's own words.
    const shown = await page.locator("dt").allInnerTexts();
    const asked = QUIZ.filter((q) => shown.some((text) => text.trim() === q.prompt[locale]));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const answer = await answerShown(page, q.prompt[locale]);
      const texts = q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text[locale]);
      expect(answer.startsWith(t.yourAnswer), answer).toBe(true);
      for (const text of texts) expect(answer).toContain(text);
      // Not the choices' ids.
      expect(answer.slice(t.yourAnswer.length).trim()).not.toBe(q.correct.join(" ; "));
    }
    await expectAccessible(page, `readable summary (${locale})`);

    // Printed: the document alone, without the site's header, footer or the page's buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1, name: t.summaryTitle })).toBeVisible();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("button", { name: t.print })).toBeHidden();
    await expectAccessible(page, `readable summary, print media (${locale})`);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("button", { name: t.print })).toBeVisible();
    await context.close();
  });

  test(`a visitor studies the first unit, is asked to create an account at its quiz, signs up and finds it studied (${locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const a = AUTH_TEXT[locale];

    // From the module overview straight into the unit: no sign-in on the way.
    await page.goto(`/${locale}/modules/comprendre-la-menace`);
    await page.getByRole("link", { name: t.start }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}${UNIT_PATH}$`));
    await expect(page.getByRole("heading", { level: 1, name: t.unitTitle })).toBeVisible();
    await expect(page.locator("video")).toHaveCount(1);
    await expect(page.locator("[data-lesson-body] h2").first()).toBeVisible();
    await expect(page.getByText(t.visitorTitle)).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: a.signIn, exact: true })).toBeVisible();
    // The lesson's animations work for a visitor too: a button of the lesson can be pressed.
    const lessonButton = page.locator("[data-lesson-body] button").first();
    if (await lessonButton.count()) await lessonButton.click();
    await expectAccessible(page, `open unit, visitor (${locale})`);

    // The quiz asks for an account, with the way back.
    await page.getByRole("link", { name: t.takeQuiz }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.quizTitle })).toBeVisible();
    await expect(page.getByRole("group")).toHaveCount(0); // no question for a visitor
    await expectAccessible(page, `open unit's quiz, visitor (${locale})`);
    await page.getByRole("link", { name: t.createAccount }).click();
    const quizPath = `/${locale}${UNIT_PATH}/quiz`;
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-up\\?next=${encodeURIComponent(quizPath)}$`));
    await expectAccessible(page, `sign-up from the quiz (${locale})`);

    const tag = randomBytes(4).toString("hex");
    const person = {
      firstName: "Inès",
      lastName: "Moreau",
      username: `essai_${tag}`,
      email: `essai-${tag}@example.org`,
    };
    await fillSignUp(page, locale, { ...person, password: E2E_PASSWORD });
    await page.getByLabel(a.age).check();
    await page.getByLabel(a.policy).check();
    await page.getByRole("button", { name: a.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-up/check-email$`));

    // The confirmation link carries the way back; confirming leads to sign-in, then to the quiz.
    const mail = await mailTo(person.email, a.subject);
    const link = new URL(mail.link!);
    expect(link.searchParams.get("next")).toBe(quizPath);
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole("button", { name: a.confirm }).click();
    await expect(page.getByText(a.confirmed)).toBeVisible();
    await expectAccessible(page, `sign-in after confirming, on the way back to the quiz (${locale})`);
    await page.getByLabel(a.identifier).fill(person.username);
    await page.getByLabel(a.pw, { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole("button", { name: a.signIn }).last().click();
    await expect(page).toHaveURL(new RegExp(`${quizPath}$`));
    await expect(page.getByRole("heading", { level: 1, name: t.quizTitle })).toBeVisible();
    // Studied from the moment the account was created: the minimum study time still runs from there.
    await expect(page.getByRole("status").filter({ hasText: t.studyLonger })).toBeVisible();
    await expect(page.getByRole("group").first()).toBeVisible();
    await expectAccessible(page, `open unit's quiz, new learner (${locale})`);

    await page.goto(`/${locale}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: t.unitTitle, exact: true }) });
    await expect(row).toContainText(t.studied);
    await expectAccessible(page, `dashboard with the open unit studied (${locale})`);
    await context.close();
  });
}
