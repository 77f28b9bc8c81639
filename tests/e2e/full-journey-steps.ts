// The steps of the full journey (full-journey.spec.ts) around the course itself, for a person who
// registers during the test: registration and first sign-in, certificate, public verification, data
// export, deletion. Each acts through the pages as a person does and checks what they see, axe included.
import { randomBytes } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "../support/e2e-users";
import { TEXT } from "./full-journey-text";
import { UNITS, h1 } from "./full-journey-units";
import {
  AUTH_TEXT,
  downloadByClick,
  expectAccessible,
  fillSignUp,
  localPath,
  mailTo,
  signIn,
  watchThirdParty,
  type Locale,
} from "./helpers";

/** The person registering: a name with apostrophes and accents, and a username and address unique to the run. */
export interface Newcomer {
  locale: Locale;
  firstName: string;
  lastName: string;
  fullName: string;
  username: string;
  email: string;
}

export function newcomer(locale: Locale): Newcomer {
  const tag = randomBytes(4).toString("hex");
  const person =
    locale === "fr"
      ? { firstName: "Hélène", lastName: "D'Aubigné-Lœwy" }
      : { firstName: "Siobhán", lastName: "O'Connor-Müller" };
  return {
    locale,
    ...person,
    fullName: `${person.firstName} ${person.lastName}`,
    username: `journey_${locale}_${tag}`,
    email: `journey-${locale}-${tag}@example.org`,
  };
}

/** Registration: a first submission with mistakes (French: no last name, age not confirmed; English: a malformed address, terms not accepted), then the right one. */
export async function register(page: Page, who: Newcomer) {
  const { locale, username, email } = who;
  const person = { firstName: who.firstName, lastName: who.lastName };
  const t = TEXT[locale];
  const a = AUTH_TEXT[locale];
  await page.goto(`/${locale}/sign-up`);
  await expect(h1(page)).toHaveText(t.signUpTitle);
  await expectAccessible(page, "sign-up");
  await page.getByLabel(a.trackPublic).check();
  if (locale === "fr") {
    await fillSignUp(page, locale, { ...person, lastName: "", username, email, password: E2E_PASSWORD });
    await page.getByLabel(a.policy).check();
  } else {
    await fillSignUp(page, locale, { ...person, username, email: "journey-at-example.org", password: E2E_PASSWORD });
    await page.getByLabel(a.age).check();
  }
  await page.getByRole("button", { name: a.submit }).click();
  await expect(page.getByText(a.fixErrors)).toBeVisible();
  if (locale === "fr") {
    await expect(page.locator(":focus")).toContainText("Nom de famille : Ce champ est obligatoire.");
    await expect(page.locator(":focus")).toContainText("Vous devez avoir au moins 15 ans pour vous inscrire.");
  } else {
    await expect(page.locator(":focus")).toContainText("Enter a valid email address, for example name@example.org.");
    await expect(page.locator(":focus")).toContainText("You must accept the terms of use.");
  }
  await expect(page.getByLabel(a.user, { exact: true })).toHaveValue(username);
  await expect(locale === "fr" ? page.getByLabel(a.last, { exact: true }) : page.getByLabel(a.email)).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectAccessible(page, "sign-up with errors");
  await fillSignUp(page, locale, { ...person, username, email, password: E2E_PASSWORD });
  await page.getByLabel(a.age).check();
  await page.getByLabel(a.policy).check();
  await page.getByRole("button", { name: a.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-up/check-email$`));
  await expect(h1(page)).toHaveText(a.checkEmail);
  await expectAccessible(page, "check your inbox");
}

/** The emailed link confirms the address; the sign-in form that follows takes the username in French, the address in English. */
export async function confirmAndSignIn(page: Page, who: Newcomer) {
  const { locale } = who;
  const t = TEXT[locale];
  const a = AUTH_TEXT[locale];
  const mail = await mailTo(who.email, a.subject);
  expect(mail.link).toContain(`/${locale}/confirm-email/`);
  await page.goto(localPath(mail.link));
  await expectAccessible(page, "confirm email");
  await page.getByRole("button", { name: a.confirm }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?confirmed=1$`));
  await expect(page.getByText(a.confirmed)).toBeVisible();
  await expectAccessible(page, "sign-in after confirmation");
  await page.getByLabel(a.identifier).fill(locale === "fr" ? who.username : who.email);
  await page.getByLabel(a.pw, { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: a.signIn }).last().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
  await expect(h1(page)).toHaveText(a.dashboard);
  await expect(page.getByText(t.hello(who.firstName))).toBeVisible();
  for (const n of [1, 2]) {
    await expect(
      page.getByRole("region", { name: t.moduleN(n, UNITS[(n - 1) * 4]!.moduleTitle[locale]) }),
    ).toContainText(t.progress(0, 0));
  }
  await expectAccessible(page, "empty dashboard");
}

/** Review, an incomplete confirmation refused, then the irreversible issue; the certificate email and the PDF. Returns the verification code. */
export async function issueCertificate(page: Page, who: Newcomer): Promise<string> {
  const t = TEXT[who.locale];
  await page.getByRole("link", { name: t.getCertificate }).click();
  await expect(h1(page)).toHaveText(t.certTitle);
  await expect(page.getByText(who.firstName, { exact: true })).toBeVisible();
  await expect(page.getByText(who.lastName, { exact: true })).toBeVisible();
  await expect(page.getByText(t.irreversible)).toBeVisible();
  await expectAccessible(page, "certificate review");
  // Both mistakes at once, in a summary that takes focus and says where the names part.
  const typo = who.fullName.replace(/.$/, "x");
  await page.getByLabel(t.retype).fill(typo);
  await page.getByRole("button", { name: t.issue }).click();
  const summary = page.locator(":focus");
  await expect(summary).toContainText(t.confirmRequired);
  await expect(summary).toContainText(t.nameDiffers);
  await expect(page.getByLabel(t.retype)).toHaveValue(typo);
  await expectAccessible(page, "certificate confirmation with errors");
  await page.getByLabel(t.understood).check();
  // Typed as a phone or a copy-paste gives it: typographic apostrophe, non-breaking space, decomposed accents.
  const asTyped = who.fullName.replace("'", "\u2019").replace(" ", "\u00a0").normalize("NFD");
  await page.getByLabel(t.retype).fill(asTyped);
  await page.getByRole("button", { name: t.issue }).click();
  await expect(page.getByText(t.issued)).toBeVisible();
  await expect(page.getByRole("region", { name: t.certHtml })).toContainText(who.fullName);
  await expectAccessible(page, "certificate issued");
  expect((await mailTo(who.email, t.certSubject)).html).toContain(`/${who.locale}/certificate`);
  const code = (
    await page.locator("dt", { hasText: t.code }).locator("xpath=following-sibling::dd[1]").innerText()
  ).trim();
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);

  const downloadLink = page.getByRole("link", { name: t.download });
  const pdf = await downloadByClick(page, downloadLink);
  expect(pdf.name).toMatch(/^attestation-vigie-.+\.pdf$/);
  expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
  const pdfResponse = await page.request.get((await downloadLink.getAttribute("href"))!);
  expect(pdfResponse.status()).toBe(200);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
  return code;
}

/** A visitor in a browser context of their own verifies the code; their page stays open for the check after deletion. */
export async function verifyAsVisitor(browser: Browser, who: Newcomer, code: string) {
  const t = TEXT[who.locale];
  const context = await browser.newContext();
  const page = await context.newPage();
  const outside = watchThirdParty(page);
  await page.goto(`/${who.locale}/verify`);
  await expect(h1(page)).toHaveText(t.verifyTitle);
  await expectAccessible(page, "verification form");
  await page.getByLabel(t.code).fill(code);
  await page.getByRole("button", { name: t.verify, exact: true }).click();
  await expect(page.getByText(t.genuine)).toBeVisible();
  await expect(page.getByText(who.fullName)).toBeVisible();
  await expectAccessible(page, "verification result");
  return { context, page, outside };
}

/** The JSON export from the privacy page holds the profile, the certificate and every attempt (one failed, eight passed). */
export async function exportData(page: Page, who: Newcomer, code: string) {
  const t = TEXT[who.locale];
  await page.getByRole("navigation", { name: t.mainNav }).getByRole("link", { name: t.account }).click();
  await page.getByRole("link", { name: t.dataLink }).click();
  await expect(h1(page)).toHaveText(t.privacyTitle);
  await expectAccessible(page, "privacy page");
  const exported = await downloadByClick(page, page.getByRole("link", { name: t.exportLink }));
  expect(exported.name).toMatch(/^vigie-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(exported.body.toString("utf8")) as {
    profile: { username: string; email: string };
    certificates: { verificationCode: string }[];
    quizAttempts: unknown[];
  };
  expect(data.profile.username).toBe(who.username);
  expect(data.profile.email).toBe(who.email);
  expect(data.certificates.map((c) => c.verificationCode)).toEqual([code]);
  expect(data.quizAttempts).toHaveLength(UNITS.length + 1);
}

/** Deletion refused without the checkbox, then done and confirmed by email; the account's sign-in is then refused. */
export async function deleteAccount(page: Page, who: Newcomer) {
  const { locale } = who;
  const t = TEXT[locale];
  const a = AUTH_TEXT[locale];
  await page.getByLabel(a.currentPw, { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: t.deleteSubmit }).click();
  await expect(page.locator(":focus")).toContainText(t.confirmRequired);
  await expectAccessible(page, "deletion with errors");
  await expect(page.getByLabel(a.currentPw, { exact: true })).toHaveValue(E2E_PASSWORD);
  await page.getByLabel(t.confirmDelete).check();
  await page.getByRole("button", { name: t.deleteSubmit }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account-deleted$`));
  await expect(h1(page)).toHaveText(t.deletedTitle);
  await expectAccessible(page, "account deleted");
  await mailTo(who.email, t.deletedSubject);
  await signIn(page, locale, who.username);
  await expect(page.getByText(a.badCredentials)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in`));
  await expectAccessible(page, "sign-in refused");
}
