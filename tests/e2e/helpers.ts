// Shared steps of the end-to-end journeys: accessibility checks, the SMTP sink, sign-in, quizzes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { E2E_BASE_URL, E2E_PASSWORD, MAIL_DIR } from "../support/e2e-users";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Zero axe-core violations of any impact for the WCAG 2.1 A/AA rules. */
export async function expectAccessible(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Records every request leaving the origin. */
export function watchThirdParty(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(E2E_BASE_URL) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
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

export async function signIn(page: Page, locale: "fr" | "en", identifier: string, password = E2E_PASSWORD) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "fr" ? "Nom d'utilisateur ou adresse e-mail" : "Username or email address").fill(identifier);
  await page.getByLabel(locale === "fr" ? "Mot de passe" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: locale === "fr" ? "Se connecter" : "Sign in" }).last().click();
}

interface QuizQuestion {
  id: string;
  kind: string;
  choices: { id: string }[];
  correct: string[];
}

export function readQuiz(moduleDir: string, unitDir: string): QuizQuestion[] {
  const file = path.join(process.cwd(), "content/modules", moduleDir, "units", unitDir, "quiz.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { questions: QuizQuestion[] }).questions;
}

/** Ticks the right answers (or wrong ones for every question when `correct` is false). */
export async function answerQuiz(page: Page, questions: QuizQuestion[], correct: boolean) {
  for (const q of questions) {
    const ids = correct ? q.correct : [q.choices.find((c) => !q.correct.includes(c.id))!.id];
    for (const id of ids) await page.locator(`input[name="q_${q.id}"][value="${id}"]`).check();
  }
}
