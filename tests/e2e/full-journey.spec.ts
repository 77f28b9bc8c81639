// Issue #8 point 7: the whole learner journey for a person who registers during the test, in
// French and in English, with axe-core on every page and state and no request leaving the origin;
// then one keyboard-only pass over the core of the journey.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import {
  AUTH_TEXT,
  answerQuiz,
  downloadByClick,
  expectAccessible,
  expectFocusVisible,
  fillSignUp,
  localPath,
  mailTo,
  signIn,
  tabTo,
  trackUnits,
  watchThirdParty,
  type Locale,
  type QuizQuestion,
} from "./helpers";

const TEXT = {
  fr: {
    signUpTitle: "Créer un compte",
    hello: (first: string) => `Bonjour ${first}. Parcours grand public : modules 1 et 2.`,
    nextStep: "Prochaine étape",
    moduleN: (n: number, title: string) => `Module ${n} — ${title}`,
    progress: (done: number, percent: number) => `${done} sur 4 unités validées (${percent} %)`,
    validated100: "Validée · meilleur score 100 %",
    notStarted: "Pas commencée",
    takeQuiz: "Passer le quiz",
    quizTitle: (title: string) => `Quiz : ${title}`,
    resultTitle: (title: string) => `Résultat : ${title}`,
    sendAnswers: "Envoyer mes réponses",
    score: (percent: number, correct: number, total: number) => `${percent} % — ${correct} bonnes réponses sur ${total}`,
    passed: "Unité validée. Bravo !",
    failed: "Unité non validée : il faut au moins 80 %.",
    toReview: "À revoir",
    readSection: /^Relire dans la leçon : « (.+) »$/,
    quizOpensIn: "Prenez le temps de lire la leçon : le quiz s'ouvre dans",
    notSent: "Vos réponses n'ont pas été envoyées : prenez le temps de lire la leçon, le quiz s'ouvre dans",
    incorrect: "Incorrect",
    yourAnswer: "(votre réponse)",
    retake: "Refaire le quiz",
    nextUnit: (title: string) => `Unité suivante : ${title}`,
    backDashboard: "Retour à mon parcours",
    eligible: "Vous pouvez obtenir votre attestation.",
    getCertificate: "Obtenir mon attestation",
    certTitle: "Mon attestation de suivi",
    certHtml: "Attestation de suivi — version accessible",
    irreversible: "une fois l'attestation délivrée, votre prénom et votre nom ne pourront plus jamais être modifiés",
    understood: /^2\. J'ai compris/,
    retype: /^3\. Pour confirmer/,
    confirmRequired: "Cochez cette case pour confirmer.",
    issue: "Délivrer mon attestation",
    issued: "Votre attestation a été délivrée.",
    certSubject: "Votre attestation de suivi Vigie",
    download: "Télécharger l'attestation (PDF)",
    code: "Code de vérification",
    verifyTitle: "Vérifier une attestation",
    verify: "Vérifier",
    genuine: "Attestation authentique",
    unknownCode: "Aucune attestation ne correspond à ce code.",
    mainNav: "Navigation principale",
    account: "Mon compte",
    dataLink: "Gérer mes données",
    privacyTitle: "Mes données",
    exportLink: "Télécharger mes données (JSON)",
    confirmDelete: "Je comprends que la suppression est définitive.",
    deleteSubmit: "Supprimer définitivement mon compte",
    deletedTitle: "Compte supprimé",
    deletedSubject: "Votre compte Vigie a été supprimé",
  },
  en: {
    signUpTitle: "Create an account",
    hello: (first: string) => `Hello ${first}. General-public track: modules 1 and 2.`,
    nextStep: "Next step",
    moduleN: (n: number, title: string) => `Module ${n} — ${title}`,
    progress: (done: number, percent: number) => `${done} of 4 units validated (${percent}%)`,
    validated100: "Validated · best score 100%",
    notStarted: "Not started",
    takeQuiz: "Take the quiz",
    quizTitle: (title: string) => `Quiz: ${title}`,
    resultTitle: (title: string) => `Result: ${title}`,
    sendAnswers: "Send my answers",
    score: (percent: number, correct: number, total: number) => `${percent}% — ${correct} correct answers out of ${total}`,
    passed: "Unit validated. Well done!",
    failed: "Unit not validated: you need at least 80%.",
    toReview: "To review",
    readSection: /^Read again in the lesson: “(.+)”$/,
    quizOpensIn: "Take the time to read the lesson: the quiz opens in",
    notSent: "Your answers were not sent: take the time to read the lesson; the quiz opens in",
    incorrect: "Incorrect",
    yourAnswer: "(your answer)",
    retake: "Retake the quiz",
    nextUnit: (title: string) => `Next unit: ${title}`,
    backDashboard: "Back to my progress",
    eligible: "You can get your certificate.",
    getCertificate: "Get my certificate",
    certTitle: "My certificate of completion",
    certHtml: "Certificate of completion — accessible version",
    irreversible: "once the certificate is issued, your first and last name can never be changed again",
    understood: /^2\. I understand/,
    retype: /^3\. To confirm/,
    confirmRequired: "Tick this box to confirm.",
    issue: "Issue my certificate",
    issued: "Your certificate has been issued.",
    certSubject: "Your Vigie certificate of completion",
    download: "Download the certificate (PDF)",
    code: "Verification code",
    verifyTitle: "Verify a certificate",
    verify: "Verify",
    genuine: "Genuine certificate",
    unknownCode: "No certificate matches this code.",
    mainNav: "Main navigation",
    account: "My account",
    dataLink: "Manage my data",
    privacyTitle: "My data",
    exportLink: "Download my data (JSON)",
    confirmDelete: "I understand that deletion is final.",
    deleteSubmit: "Delete my account for good",
    deletedTitle: "Account deleted",
    deletedSubject: "Your Vigie account has been deleted",
  },
} as const;

const UNITS = trackUnits("public");
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

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

test("the general-public track has the 8 units of modules 1 and 2", () => {
  expect(UNITS.map((u) => u.id)).toEqual(["m1-u1", "m1-u2", "m1-u3", "m1-u4", "m2-u1", "m2-u2", "m2-u3", "m2-u4"]);
});

for (const locale of ["fr", "en"] as const) {
  const t = TEXT[locale];
  const a = AUTH_TEXT[locale];
  // One quiz per language is failed first, reviewed, then retaken.
  const failFirst = locale === "fr" ? "m1-u3" : "m2-u2";

  test(`a new learner registers, validates modules 1 and 2, gets and verifies the certificate, exports and deletes the account (${locale})`, async ({ page, browser }) => {
    // About 1.5 min of it is the minimum study time of the first lesson, waited for real.
    test.setTimeout(420_000);
    const outside = watchThirdParty(page);
    const tag = randomBytes(4).toString("hex");
    const person = locale === "fr" ? { firstName: "Hélène", lastName: "D'Aubigné-Lœwy" } : { firstName: "Siobhán", lastName: "O'Connor-Müller" };
    const fullName = `${person.firstName} ${person.lastName}`;
    const username = `journey_${locale}_${tag}`;
    const email = `journey-${locale}-${tag}@example.org`;

    // ---- Registration: a first submission with mistakes, then the right one.
    await page.goto(`/${locale}/sign-up`);
    await expect(h1(page)).toHaveText(t.signUpTitle);
    await expectAccessible(page, "sign-up");
    await page.getByLabel(a.trackPublic).check();
    if (locale === "fr") {
      // Last name left empty and the age not confirmed.
      await fillSignUp(page, locale, { ...person, lastName: "", username, email, password: E2E_PASSWORD });
      await page.getByLabel(a.policy).check();
    } else {
      // Malformed address and the terms not accepted.
      await fillSignUp(page, locale, { ...person, username, email: "journey-at-example.org", password: E2E_PASSWORD });
      await page.getByLabel(a.age).check();
    }
    await page.getByRole("button", { name: a.submit }).click();
    await expect(page.getByText(a.fixErrors)).toBeVisible();
    if (locale === "fr") {
      await expect(page.getByText("Ce champ est obligatoire.")).toBeVisible();
      await expect(page.getByText("Vous devez avoir au moins 15 ans pour vous inscrire.")).toBeVisible();
    } else {
      await expect(page.getByText("Enter a valid email address, for example name@example.org.")).toBeVisible();
      await expect(page.getByText("You must accept the terms of use.")).toBeVisible();
    }
    await expect(page.getByLabel(a.user, { exact: true })).toHaveValue(username);
    await expect(locale === "fr" ? page.getByLabel(a.last, { exact: true }) : page.getByLabel(a.email)).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "sign-up with errors");
    await fillSignUp(page, locale, { ...person, username, email, password: E2E_PASSWORD });
    await page.getByLabel(a.age).check();
    await page.getByLabel(a.policy).check();
    await page.getByRole("button", { name: a.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-up/check-email$`));
    await expect(h1(page)).toHaveText(a.checkEmail);
    await expectAccessible(page, "check your inbox");

    // ---- Confirmation by the emailed link, then sign-in (by username in French, by email in English).
    const mail = await mailTo(email, a.subject);
    expect(mail.link).toContain(`/${locale}/confirm-email/`);
    await page.goto(localPath(mail.link));
    await expectAccessible(page, "confirm email");
    await page.getByRole("button", { name: a.confirm }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?confirmed=1$`));
    await expect(page.getByText(a.confirmed)).toBeVisible();
    await expectAccessible(page, "sign-in after confirmation");
    await page.getByLabel(a.identifier).fill(locale === "fr" ? username : email);
    await page.getByLabel(a.pw, { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole("button", { name: a.signIn }).last().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
    await expect(h1(page)).toHaveText(a.dashboard);
    await expect(page.getByText(t.hello(person.firstName))).toBeVisible();
    for (const n of [1, 2]) {
      await expect(page.getByRole("region", { name: t.moduleN(n, UNITS[(n - 1) * 4]!.moduleTitle[locale]) })).toContainText(t.progress(0, 0));
    }
    await expectAccessible(page, "empty dashboard");

    // ---- The learner first looks through every lesson of the track: real visits, so each unit's
    // study time starts now (this is also why the waits overlap: see the README).
    for (const unit of UNITS) {
      await page.goto(`/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}`);
      await expect(h1(page)).toHaveText(unit.title[locale]);
    }
    await page.goto(`/${locale}/dashboard`);

    // ---- Modules 1 and 2: every unit page, then its quiz, following the app's own links.
    await page.getByRole("region", { name: t.nextStep }).getByRole("link", { name: UNITS[0]!.title[locale] }).click();
    for (const [i, unit] of UNITS.entries()) {
      const title = unit.title[locale];
      await expect(page).toHaveURL(new RegExp(`/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}$`));
      await expect(h1(page)).toHaveText(title);
      await expect(page).toHaveTitle(`${title} · Vigie`);
      await expectAccessible(page, `unit ${unit.id}`);
      await page.getByRole("link", { name: t.takeQuiz }).click();
      await expect(h1(page)).toHaveText(t.quizTitle(title));
      await expect(page).toHaveTitle(`${t.quizTitle(title)} · Vigie`);
      await expect(page.getByRole("group")).toHaveCount(unit.quiz.length);
      await expectAccessible(page, `quiz ${unit.id}`);
      if (i === 0) {
        // Too early: the page says how long is left; answers sent now are refused and kept.
        await expect(page.getByRole("status").filter({ hasText: t.quizOpensIn })).toBeVisible();
        await expectAccessible(page, `quiz ${unit.id} before the study time`);
        await answerQuiz(page, locale, unit.quiz, true);
        await page.getByRole("button", { name: t.sendAnswers }).click();
        await expect(page.getByText(t.notSent)).toBeVisible();
        await expect(page.locator("input:checked")).toHaveCount(unit.quiz.reduce((n, q) => n + q.correct.length, 0));
        await expectAccessible(page, `quiz ${unit.id} refused as too early`);
      }
      await waitUntilQuizOpens(page, t.quizOpensIn);

      if (unit.id === failFirst) {
        await answerQuiz(page, locale, unit.quiz, false);
        await page.getByRole("button", { name: t.sendAnswers }).click();
        await expect(page.getByText(t.failed)).toBeVisible();
        await expect(page).toHaveTitle(`${t.resultTitle(title)} · Vigie`);
        await expect(page.getByText(t.score(0, 0, unit.quiz.length))).toBeVisible();
        // The review: every question marked incorrect with the learner's answer and a link to the lesson
        // section that teaches it; neither the right choices nor the explanations until a pass.
        await expect(page.getByRole("heading", { name: t.toReview })).toBeVisible();
        await expect(page.getByText(t.incorrect, { exact: true })).toHaveCount(unit.quiz.length);
        await expect(page.getByText(t.yourAnswer)).toHaveCount(unit.quiz.length);
        const sections = page.getByRole("link", { name: t.readSection });
        await expect(sections).toHaveCount(unit.quiz.length);
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

      await answerQuiz(page, locale, unit.quiz, true);
      await page.getByRole("button", { name: t.sendAnswers }).click();
      await expect(page.getByText(t.passed)).toBeVisible();
      await expect(page).toHaveTitle(`${t.resultTitle(title)} · Vigie`);
      await expect(page.getByText(t.score(100, unit.quiz.length, unit.quiz.length))).toBeVisible();
      await expect(page.getByRole("heading", { name: t.toReview })).toHaveCount(0);
      await expectAccessible(page, `passed result ${unit.id}`);

      const next = UNITS[i + 1];
      if (next && next.moduleSlug === unit.moduleSlug) {
        await page.getByRole("link", { name: t.nextUnit(next.title[locale]) }).click();
      } else {
        await page.getByRole("link", { name: t.backDashboard }).click();
        await expect(h1(page)).toHaveText(a.dashboard);
        if (next) {
          await expect(page.getByRole("region", { name: t.moduleN(1, unit.moduleTitle[locale]) })).toContainText(t.progress(4, 100));
          await expectAccessible(page, "dashboard after module 1");
          await page.getByRole("region", { name: t.nextStep }).getByRole("link", { name: next.title[locale] }).click();
        }
      }
    }

    // ---- The dashboard shows modules 1 and 2 validated, and the certificate within reach.
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
    for (const n of [1, 2]) {
      const region = page.getByRole("region", { name: t.moduleN(n, UNITS[(n - 1) * 4]!.moduleTitle[locale]) });
      await expect(region).toContainText(t.progress(4, 100));
      await expect(region.getByText(t.validated100)).toHaveCount(4);
    }
    await expect(page.getByText(t.eligible)).toBeVisible();
    await expectAccessible(page, "dashboard, track validated");

    // ---- Certificate: review, an incomplete confirmation refused, then the irreversible issue.
    await page.getByRole("link", { name: t.getCertificate }).click();
    await expect(h1(page)).toHaveText(t.certTitle);
    await expect(page.getByText(person.firstName, { exact: true })).toBeVisible();
    await expect(page.getByText(person.lastName, { exact: true })).toBeVisible();
    await expect(page.getByText(t.irreversible)).toBeVisible();
    await expectAccessible(page, "certificate review");
    await page.getByLabel(t.retype).fill(fullName);
    await page.getByRole("button", { name: t.issue }).click();
    await expect(page.getByText(t.confirmRequired)).toBeVisible();
    await expectAccessible(page, "certificate confirmation with errors");
    await page.getByLabel(t.understood).check();
    await page.getByLabel(t.retype).fill(fullName);
    await page.getByRole("button", { name: t.issue }).click();
    await expect(page.getByText(t.issued)).toBeVisible();
    await expect(page.getByRole("region", { name: t.certHtml })).toContainText(fullName);
    await expectAccessible(page, "certificate issued");
    expect((await mailTo(email, t.certSubject)).html).toContain(`/${locale}/certificate`);
    const code = (await page.locator("dt", { hasText: t.code }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);

    const downloadLink = page.getByRole("link", { name: t.download });
    const pdf = await downloadByClick(page, downloadLink);
    expect(pdf.name).toMatch(/^attestation-vigie-.+\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    const pdfResponse = await page.request.get((await downloadLink.getAttribute("href"))!);
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");

    // ---- Anyone can verify the code on the public page.
    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    const visitorOutside = watchThirdParty(visitorPage);
    await visitorPage.goto(`/${locale}/verify`);
    await expect(h1(visitorPage)).toHaveText(t.verifyTitle);
    await expectAccessible(visitorPage, "verification form");
    await visitorPage.getByLabel(t.code).fill(code);
    await visitorPage.getByRole("button", { name: t.verify, exact: true }).click();
    await expect(visitorPage.getByText(t.genuine)).toBeVisible();
    await expect(visitorPage.getByText(fullName)).toBeVisible();
    await expectAccessible(visitorPage, "verification result");

    // ---- Data export from the privacy page.
    await page.getByRole("navigation", { name: t.mainNav }).getByRole("link", { name: t.account }).click();
    await page.getByRole("link", { name: t.dataLink }).click();
    await expect(h1(page)).toHaveText(t.privacyTitle);
    await expectAccessible(page, "privacy page");
    const exported = await downloadByClick(page, page.getByRole("link", { name: t.exportLink }));
    expect(exported.name).toMatch(/^vigie-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(exported.body.toString("utf8")) as { profile: { username: string; email: string }; certificates: { verificationCode: string }[]; quizAttempts: unknown[] };
    expect(data.profile.username).toBe(username);
    expect(data.profile.email).toBe(email);
    expect(data.certificates.map((c) => c.verificationCode)).toEqual([code]);
    expect(data.quizAttempts).toHaveLength(UNITS.length + 1);

    // ---- Deletion: refused without the checkbox, then done; the account no longer signs in.
    await page.getByLabel(a.pw, { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole("button", { name: t.deleteSubmit }).click();
    await expect(page.getByText(t.confirmRequired)).toBeVisible();
    await expectAccessible(page, "deletion with errors");
    await page.getByLabel(a.pw, { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel(t.confirmDelete).check();
    await page.getByRole("button", { name: t.deleteSubmit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/account-deleted$`));
    await expect(h1(page)).toHaveText(t.deletedTitle);
    await expectAccessible(page, "account deleted");
    await mailTo(email, t.deletedSubject);
    await signIn(page, locale, username);
    await expect(page.getByText(a.badCredentials)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in`));
    await expectAccessible(page, "sign-in refused");
    await visitorPage.goto(`/${locale}/verify/${code}`);
    await expect(visitorPage.getByText(t.unknownCode)).toBeVisible();
    await visitor.close();

    expect(outside).toEqual([]);
    expect(visitorOutside).toEqual([]);
  });
}

/** Tab through the quiz answering each question from the keyboard only, until the submit button has the focus. */
async function answerQuizByKeyboard(page: Page, locale: Locale, questions: QuizQuestion[], submitLabel: string) {
  const right = new Map(questions.map((q) => [`q_${q.id}`, new Set(q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text[locale]))]));
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLInputElement)) return { type: el?.tagName.toLowerCase() ?? "", name: "", label: (el?.textContent ?? "").trim(), checked: false };
      return { type: el.type, name: el.name, label: (el.closest("label")?.textContent ?? "").trim(), checked: el.checked };
    });
  const answered = new Set<string>();
  let checkedFocus = false;
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press("Tab");
    let f = await focused();
    if (f.type === "button" && f.label === submitLabel) break;
    const wanted = right.get(f.name);
    if (!wanted) continue;
    if (!checkedFocus) {
      await expectFocusVisible(page, `first answer of the quiz (${f.type})`);
      checkedFocus = true;
    }
    if (f.type === "checkbox") {
      if (wanted.has(f.label) && !f.checked) await page.keyboard.press("Space");
    } else {
      // Tab enters a radio group on its first option; the arrow keys move and select.
      for (let k = 0; k < 6 && !wanted.has(f.label); k++) {
        await page.keyboard.press("ArrowDown");
        f = await focused();
      }
      expect(wanted.has(f.label), `reached the right answer of ${f.name} with the arrow keys`).toBe(true);
      if (!f.checked) await page.keyboard.press(" ");
    }
    answered.add(f.name);
  }
  expect([...answered].sort()).toEqual([...right.keys()].sort());
  await expect(page.getByRole("button", { name: submitLabel })).toBeFocused();
  await expectFocusVisible(page, "quiz submit button");
  // What the keyboard ticked is exactly the right answers.
  for (const q of questions) {
    const group = page.getByRole("group", { name: q.prompt[locale] });
    for (const c of q.choices) {
      const box = group.getByLabel(c.text[locale], { exact: true });
      if (q.correct.includes(c.id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
  }
}

test("keyboard only (fr): sign in, study a unit, answer its quiz, read the result, open the dashboard", async ({ page }) => {
  const outside = watchThirdParty(page);
  const t = TEXT.fr;
  const unit = UNITS[0]!;
  await page.goto("/fr/sign-in");

  // The first Tab shows the skip link; following it puts the next Tab inside the main content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu principal" });
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(50);
  await expectFocusVisible(page, "skip link");
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel(AUTH_TEXT.fr.identifier), { max: 3 });
  await expectFocusVisible(page, "identifier field");
  await page.keyboard.type(E2E_USERS.keyboard);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(AUTH_TEXT.fr.pw, { exact: true })).toBeFocused();
  await page.keyboard.type(E2E_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/dashboard$/);
  await expect(h1(page)).toHaveText(AUTH_TEXT.fr.dashboard);

  // From the dashboard's next step to the unit.
  const nextStep = page.getByRole("region", { name: t.nextStep }).getByRole("link", { name: unit.title.fr });
  await tabTo(page, nextStep);
  await expectFocusVisible(page, "next-step link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/fr/learn/${unit.moduleSlug}/${unit.unitSlug}$`));
  await expect(h1(page)).toHaveText(unit.title.fr);

  // The transcript opens and a myth/fact card flips from the keyboard.
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

  // The quiz, answered and sent from the keyboard.
  await tabTo(page, page.getByRole("link", { name: t.takeQuiz }), { max: 80 });
  await expectFocusVisible(page, "take-the-quiz link");
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText(t.quizTitle(unit.title.fr));
  await answerQuizByKeyboard(page, "fr", unit.quiz, t.sendAnswers);
  await page.keyboard.press("Enter");
  await expect(page.getByText(t.passed)).toBeVisible();
  await expect(page.getByText(t.score(100, unit.quiz.length, unit.quiz.length))).toBeVisible();

  // Back to the dashboard through the main navigation.
  const dashboardLink = page.getByRole("navigation", { name: t.mainNav }).getByRole("link", { name: AUTH_TEXT.fr.dashboard });
  await tabTo(page, dashboardLink, { max: 80 });
  await expectFocusVisible(page, "main navigation link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/dashboard$/);
  const module1 = page.getByRole("region", { name: t.moduleN(1, unit.moduleTitle.fr) });
  await expect(module1).toContainText(t.progress(1, 25));
  await expect(module1.getByRole("listitem").filter({ hasText: unit.title.fr })).toContainText(t.validated100);
  await expect(module1.getByText(t.notStarted)).toHaveCount(3);
  expect(outside).toEqual([]);
});
