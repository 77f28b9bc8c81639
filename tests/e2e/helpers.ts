// Shared steps of the end-to-end journeys: accessibility checks, the SMTP sink, registration and
// sign-in (through the form, or over HTTP), course content and quizzes, keyboard navigation.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { Secret, TOTP } from "otpauth";
import { E2E_BASE_URL, E2E_PASSWORD, E2E_TOTP_SECRET, MAIL_DIR } from "../support/e2e-users";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Zero axe-core violations of any impact: for the WCAG 2.1 A/AA rules by default, or for every rule axe
 * runs by default (best practices included) with `{ rules: "all" }`, the bar of the RGAA sample.
 */
export async function expectAccessible(
  page: Page,
  context: string,
  { rules = "wcag" }: { rules?: "wcag" | "all" } = {},
) {
  // After a client-side navigation Next.js streams the new <title> in after the content: wait for it.
  await expect(page, `document title on ${context}`).toHaveTitle(/\S/);
  // Only violations are reported in detail: the same rules run, with less result processing.
  // options() replaces every option, so it must come before withTags().
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  const results = await (rules === "all" ? builder : builder.withTags(WCAG_TAGS)).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Records every request leaving the origin (compared as origins, not as string prefixes). */
export function watchThirdParty(page: Page): string[] {
  const origin = new URL(E2E_BASE_URL).origin;
  const outside: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) outside.push(req.url());
  });
  return outside;
}

export async function mailTo(address: string, subjectPart: string) {
  for (let i = 0; i < 40; i++) {
    const files = readdirSync(MAIL_DIR).sort().reverse();
    for (const f of files) {
      const mail = await simpleParser(readFileSync(path.join(MAIL_DIR, f)));
      const to = Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(",") : (mail.to?.text ?? "");
      if (to.includes(address) && (mail.subject ?? "").includes(subjectPart)) {
        const html = typeof mail.html === "string" ? mail.html : "";
        const link = /href="(http[^"]+)"/.exec(html)?.[1];
        return { subject: mail.subject ?? "", text: mail.text ?? "", html, link: link?.replace(/&amp;/g, "&") };
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no email to ${address} about "${subjectPart}"`);
}

export function localPath(link: string | undefined): string {
  if (!link) throw new Error("no link");
  return new URL(link).pathname;
}

export type Locale = "fr" | "en";

/** Labels and messages of the account forms, per language. */
export const AUTH_TEXT = {
  fr: {
    first: "Prénom",
    last: "Nom de famille",
    user: "Nom d'utilisateur",
    email: "Adresse e-mail",
    pw: "Mot de passe",
    currentPw: "Mot de passe actuel",
    identifier: "Nom d'utilisateur ou adresse e-mail",
    trackPublic: "Grand public (modules 1 et 2)",
    age: "Je confirme avoir 15 ans ou plus.",
    policy: "J'accepte les conditions d'utilisation",
    submit: "Créer mon compte",
    fixErrors: "Le formulaire contient",
    checkEmail: "Vérifiez votre messagerie",
    confirm: "Confirmer mon adresse",
    confirmed: "Votre adresse est confirmée : vous pouvez vous connecter.",
    signIn: "Se connecter",
    signOut: "Se déconnecter",
    badCredentials: "Identifiant ou mot de passe incorrect.",
    dashboard: "Mon parcours",
    subject: "Confirmez votre adresse e-mail",
  },
  en: {
    first: "First name",
    last: "Last name",
    user: "Username",
    email: "Email address",
    pw: "Password",
    currentPw: "Current password",
    identifier: "Username or email address",
    trackPublic: "General public (modules 1 and 2)",
    age: "I confirm that I am 15 or older.",
    policy: "I accept the terms of use",
    submit: "Create my account",
    fixErrors: "with this form",
    checkEmail: "Check your inbox",
    confirm: "Confirm my address",
    confirmed: "Your address is confirmed: you can sign in.",
    signIn: "Sign in",
    signOut: "Sign out",
    badCredentials: "Wrong username or password.",
    dashboard: "My progress",
    subject: "Confirm your email address",
  },
} as const;

/** Fills the text fields of the registration form (the password only when given). */
export async function fillSignUp(
  page: Page,
  locale: Locale,
  fields: { firstName: string; lastName: string; username: string; email: string; password?: string },
) {
  const t = AUTH_TEXT[locale];
  await page.getByLabel(t.first).fill(fields.firstName);
  await page.getByLabel(t.last, { exact: true }).fill(fields.lastName);
  await page.getByLabel(t.user, { exact: true }).fill(fields.username);
  await page.getByLabel(t.email).fill(fields.email);
  if (fields.password !== undefined) await page.getByLabel(t.pw, { exact: true }).fill(fields.password);
}

export async function signIn(page: Page, locale: Locale, identifier: string, password = E2E_PASSWORD) {
  const t = AUTH_TEXT[locale];
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(t.identifier).fill(identifier);
  await page.getByLabel(t.pw, { exact: true }).fill(password);
  await page.getByRole("button", { name: t.signIn }).last().click();
}

/** Signs in the way a non-browser client does (Auth.js CSRF pair, then credentials): the session cookie lands in `request`. */
export async function signInOverHttp(request: APIRequestContext, username: string, password = E2E_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { identifier: username, password, csrfToken },
    headers: { origin: E2E_BASE_URL },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
}

// ---- Staff second factor ----

const TOTP_STEPS_FILE = "test-results/e2e-totp-steps.json";
const PERIOD_MS = 30_000;

/**
 * The code an authenticator holding `secret` shows, for a 30-second step not used before by any spec
 * (the server accepts a step once, and one step either side of now): the current step, or the next
 * one when the current was spent; past that, it waits for time to catch up.
 */
export async function nextTotpCode(secret = E2E_TOTP_SECRET): Promise<string> {
  const used = existsSync(TOTP_STEPS_FILE)
    ? (JSON.parse(readFileSync(TOTP_STEPS_FILE, "utf8")) as Record<string, number>)
    : {};
  const now = Date.now();
  const step = Math.max(Math.floor(now / PERIOD_MS), (used[secret] ?? -1) + 1);
  const wait = (step - 1) * PERIOD_MS - now;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 500));
  used[secret] = step;
  mkdirSync(path.dirname(TOTP_STEPS_FILE), { recursive: true });
  writeFileSync(TOTP_STEPS_FILE, JSON.stringify(used));
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * PERIOD_MS });
}

export const SECOND_FACTOR_TEXT = {
  fr: { code: "Code à 6 chiffres ou code de secours", submit: "Valider le code" },
  en: { code: "6-digit code or recovery code", submit: "Check the code" },
} as const;

/** Password, then the authenticator's code: how a staff member signs in. */
export async function signInStaff(page: Page, locale: Locale, identifier: string, secret = E2E_TOTP_SECRET) {
  await signIn(page, locale, identifier);
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in/second-factor`));
  await page.getByLabel(SECOND_FACTOR_TEXT[locale].code).fill(await nextTotpCode(secret));
  await page.getByRole("button", { name: SECOND_FACTOR_TEXT[locale].submit }).click();
  await expect(page).not.toHaveURL(/second-factor/);
}

// ---- Course content, read from content/ as the app does (lib/content/load.ts) ----

type Localized = Record<Locale, string>;

export interface QuizQuestion {
  id: string;
  kind: "single" | "multiple" | "truefalse";
  prompt: Localized;
  choices: { id: string; text: Localized }[];
  correct: string[];
  explanation: Localized;
}

export interface TrackUnit {
  id: string;
  moduleDir: string;
  moduleSlug: string;
  moduleTitle: Localized;
  unitDir: string;
  unitSlug: string;
  title: Localized;
  /** The unit's whole question bank: an attempt asks `asked` of them (every one without `perAttempt`). */
  quiz: QuizQuestion[];
  asked: number;
}

const CONTENT = path.join(process.cwd(), "content");
const readJson = <T>(...parts: string[]) => JSON.parse(readFileSync(path.join(CONTENT, ...parts), "utf8")) as T;
const orderedDirs = (dir: string) =>
  readdirSync(dir)
    .filter((d) => /^\d{2}-[a-z0-9-]+$/.test(d))
    .sort();

/** A unit's question bank, as quiz.json has it (an attempt shows some of them: see shownQuestions). */
export function readQuiz(moduleDir: string, unitDir: string): QuizQuestion[] {
  return readJson<{ questions: QuizQuestion[] }>("modules", moduleDir, "units", unitDir, "quiz.json").questions;
}

/** How many questions one attempt at a unit asks: `perAttempt` of its bank, or every question. */
export function askedCount(moduleDir: string, unitDir: string): number {
  const quiz = readJson<{ perAttempt?: number; questions: unknown[] }>(
    "modules",
    moduleDir,
    "units",
    unitDir,
    "quiz.json",
  );
  return Math.min(quiz.perAttempt ?? quiz.questions.length, quiz.questions.length);
}

/** The question ids a quiz page's HTML asks (its `q_<id>` fields), in the order shown. */
export function drawnQuestionIds(html: string): string[] {
  return [...new Set([...html.matchAll(/name="q_([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/**
 * The questions the quiz page on screen asks (drawn from the bank for this attempt), read from its
 * form's field names, in the order shown; each must be one of `bank`.
 */
export async function shownQuestions(page: Page, bank: QuizQuestion[]): Promise<QuizQuestion[]> {
  const fields = page.locator('form input[name^="q_"]');
  await expect(fields.first()).toBeAttached();
  const names = await fields.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
  const ids = [...new Set(names)].map((name) => name.slice(2));
  return ids.map((id) => {
    const q = bank.find((x) => x.id === id);
    expect(q, `question ${id} of the page is in quiz.json`).toBeTruthy();
    return q!;
  });
}

/** Every unit of a track's modules, in course order. */
export function trackUnits(track: "public" | "professional"): TrackUnit[] {
  const slugs = readJson<{ tracks: Record<string, string[]> }>("course.json").tracks[track] ?? [];
  return orderedDirs(path.join(CONTENT, "modules"))
    .filter((moduleDir) => slugs.includes(moduleDir.slice(3)))
    .flatMap((moduleDir) => {
      const moduleTitle = readJson<{ title: Localized }>("modules", moduleDir, "module.json").title;
      return orderedDirs(path.join(CONTENT, "modules", moduleDir, "units")).map((unitDir) => {
        const meta = readJson<{ id: string; title: Localized }>("modules", moduleDir, "units", unitDir, "unit.json");
        return {
          id: meta.id,
          moduleDir,
          moduleSlug: moduleDir.slice(3),
          moduleTitle,
          unitDir,
          unitSlug: unitDir.slice(3),
          title: meta.title,
          quiz: readQuiz(moduleDir, unitDir),
          asked: askedCount(moduleDir, unitDir),
        };
      });
    });
}

/**
 * A question's fieldset, named by its prompt; found by its fields, since one prompt may begin another
 * (a name matches as a substring).
 */
export function questionGroup(page: Page, locale: Locale, q: QuizQuestion): Locator {
  return page.getByRole("group", { name: q.prompt[locale] }).filter({ has: page.locator(`input[name="q_${q.id}"]`) });
}

/**
 * Ticks the right answers (or one wrong answer per question when `correct` is false) to the questions
 * the page shows, taken from the bank `bank`; returns those questions. Choices are found by their
 * visible label inside the question's fieldset, since their order is shuffled.
 */
export async function answerQuiz(
  page: Page,
  locale: Locale,
  bank: QuizQuestion[],
  correct: boolean,
): Promise<QuizQuestion[]> {
  const questions = await shownQuestions(page, bank);
  for (const q of questions) {
    const group = questionGroup(page, locale, q);
    const choices = correct
      ? q.choices.filter((c) => q.correct.includes(c.id))
      : [q.choices.find((c) => !q.correct.includes(c.id))!];
    for (const c of choices) await group.getByLabel(c.text[locale], { exact: true }).check();
  }
  return questions;
}

/**
 * Answers the questions the quiz form shows, whatever the bank holds: an attempt may draw a subset of it.
 * The shown ids are read from the form's field names (q_<id>); each is looked up in the bank for its
 * prompt and choices. Returns the questions shown, in the order shown.
 */
export async function answerShownQuiz(page: Page, locale: Locale, bank: QuizQuestion[], correct: boolean) {
  const fields = page.locator('form input[name^="q_"]');
  await expect(fields.first()).toBeAttached();
  const names = await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
  const shown = [...new Set(names)].map((name) => {
    const question = bank.find((q) => `q_${q.id}` === name);
    if (!question) throw new Error(`the page shows ${name}, which the bank does not hold`);
    return question;
  });
  await answerQuiz(page, locale, shown, correct);
  return shown;
}

// ---- Forms posted without a browser (as a script or a forged form would) ----

/** The hidden inputs of the form containing `marker` (server-action ids, token, locale…). */
export function hiddenFields(html: string, marker: string, where: string): Record<string, string> {
  const form = html
    .split("<form")
    .slice(1)
    .map((f) => f.split("</form>")[0]!)
    .find((f) => f.includes(marker));
  expect(form, `${where}: form with ${marker}`).toBeTruthy();
  const fields: Record<string, string> = {};
  for (const m of form!.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields[m[1]!] = (m[2] ?? "")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/&#x27;/g, "'");
  }
  return fields;
}

// ---- Keyboard ----

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}) {
  await expect(target).toBeAttached();
  const key = back ? "Shift+Tab" : "Tab";
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })) return;
  }
  throw new Error(`${target.toString()} not reached after ${max} × ${key}`);
}

/**
 * Tab through the quiz answering each question it shows (from the bank `bank`) from the keyboard only,
 * until the submit button has the focus; returns the questions answered.
 */
export async function answerQuizByKeyboard(
  page: Page,
  locale: Locale,
  bank: QuizQuestion[],
  submitLabel: string,
): Promise<QuizQuestion[]> {
  const questions = await shownQuestions(page, bank);
  const right = new Map(
    questions.map((q) => [
      `q_${q.id}`,
      new Set(q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text[locale])),
    ]),
  );
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLInputElement))
        return {
          type: el?.tagName.toLowerCase() ?? "",
          name: "",
          label: (el?.textContent ?? "").trim(),
          checked: false,
        };
      return {
        type: el.type,
        name: el.name,
        label: (el.closest("label")?.textContent ?? "").trim(),
        checked: el.checked,
      };
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
    const group = questionGroup(page, locale, q);
    for (const c of q.choices) {
      const box = group.getByLabel(c.text[locale], { exact: true });
      if (q.correct.includes(c.id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
  }
  return questions;
}

/** The focused element shows a focus indicator: an outline or a box shadow, under :focus-visible. */
export async function expectFocusVisible(page: Page, context: string) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      text: (el.textContent ?? "").trim().slice(0, 40),
      focusVisible: el.matches(":focus-visible"),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      shadow: style.boxShadow,
    };
  });
  const shown =
    focus !== null &&
    focus.focusVisible &&
    ((!focus.outline.startsWith("none") && !focus.outline.endsWith(" 0px")) || focus.shadow !== "none");
  expect(shown, `visible focus on ${context}: ${JSON.stringify(focus)}`).toBe(true);
}

/** Activates a download link the way a person does and returns the saved file. */
export async function downloadByClick(page: Page, link: Locator): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(file) };
}
