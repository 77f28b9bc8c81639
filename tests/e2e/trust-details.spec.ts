// Small things that break trust (issue 15, point 9): a unit prints whole, the contact address is a
// real one (the footer's), screen readers and copied text get real spaces, and after a pause "Mes
// données" keeps its download button and asks for the password on the way. axe checks every state.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { PDFParse } from "pdf-parse";
import {
  E2E_AUTH_SECRET,
  E2E_BASE_URL,
  E2E_PASSWORD,
  E2E_USERS,
  FIXTURES_FILE,
  storageStateOf,
} from "../support/e2e-users";
import { expectAccessible, type Locale } from "./helpers";

const AUDITOR = storageStateOf(E2E_USERS.audit);

/** Content Security Policy reports of the page (zod's `new Function` probe was one, on every page). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.sourceFile}`));
  });
}
const cspReports = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test.describe("a unit prints whole", () => {
  test.use({ storageState: AUDITOR });

  test("tabs, accordions and the transcript unfolded; no header, footer, navigation or video", async ({ page }) => {
    await watchCsp(page);
    await page.goto("/fr/learn/comprendre-la-menace/niveaux-et-posture");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, "unit page on screen");
    const hiddenOnScreen = page.getByText("Vigilance et protection sont portées au maximum");
    await expect(hiddenOnScreen).toBeHidden();
    expect(await cspReports(page), "CSP reports on the unit page").toEqual([]);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    for (const nav of await page.getByRole("navigation", { includeHidden: true }).all()) await expect(nav).toBeHidden();
    await expect(page.locator("video")).toBeHidden();
    await expect(page.getByRole("tablist")).toBeHidden();
    // Every threat level's panel, not only the selected one.
    await expect(hiddenOnScreen).toBeVisible();
    await expect(page.getByText("C’est le niveau de base du plan.")).toBeVisible();
    // The transcript, folded in a <details> on screen.
    const transcript = page.locator("details").filter({ hasText: "Lire la transcription" }).locator("p").first();
    await expect(transcript).toBeVisible();
    // Nothing left to press for the quiz: the button to start it is not printed.
    await expect(page.getByRole("link", { name: /quiz/i })).toHaveCount(0);
    await expectAccessible(page, "unit page, print media");

    const pdf = await page.pdf({ format: "A4", printBackground: false });
    writeFileSync(path.join("test-results", "unit-print.pdf"), pdf);
    const { text } = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Urgence attentat");
    expect(flat).toContain("Vigilance et protection sont portées au maximum");
    expect(flat).toContain(((await transcript.textContent()) ?? "").trim().replace(/\s+/g, " ").slice(0, 40));
    expect(flat).not.toContain("Aller au contenu");
    expect(flat).not.toContain("Plan du site");
  });

  test("the timeline prints every event open", async ({ page }) => {
    await page.goto("/fr/learn/comprendre-la-menace/le-plan-vigipirate");
    const lastEvent = page.getByText("Le plan actuel entre en vigueur avec trois niveaux.");
    await expect(lastEvent).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(lastEvent).toBeVisible();
    await expect(page.getByRole("button", { name: /Tout déplier|Tout replier/ })).toBeHidden();
    await expectAccessible(page, "timeline unit, print media");
  });
});

test("the FAQ's contact address is the one every page's footer shows, in both languages", async ({ page }) => {
  for (const [locale, heading, footerText] of [
    ["fr", "Comment vous contacter ?", "Nous écrire :"],
    ["en", "How can I contact you?", "Write to us:"],
  ] as const) {
    await watchCsp(page);
    await page.goto(`/${locale}/faq`);
    const footerLink = page.getByRole("contentinfo").getByRole("link", { name: /@/ });
    await expect(page.getByRole("contentinfo")).toContainText(footerText);
    const address = (await footerLink.textContent())!.trim();
    expect(address).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    await expect(footerLink).toHaveAttribute("href", `mailto:${address}`);
    // The answer under "How can I contact you?" links to that same address (no placeholder).
    const answer = page.getByRole("heading", { name: heading }).locator("xpath=following-sibling::p[1]");
    await expect(answer.getByRole("link", { name: address })).toHaveAttribute("href", `mailto:${address}`);
    await expect(page.getByRole("main")).not.toContainText("vigie.example");
    expect(await cspReports(page), `CSP reports on /${locale}/faq`).toEqual([]);
    await expectAccessible(page, `/${locale}/faq`);
  }
});

test.describe("real spaces", () => {
  test.use({ storageState: AUDITOR });

  test("the dashboard's optional module reads with a space before its note, as text and as copied", async ({
    page,
  }) => {
    for (const [locale, note] of [
      ["fr", "(facultatif pour votre parcours)"],
      ["en", "(optional for your track)"],
    ] as const) {
      await page.goto(`/${locale}/dashboard`);
      const optional = page.getByRole("heading", { level: 2, name: /Module 3/ });
      await expect(optional).toBeVisible();
      const text = await optional.innerText();
      expect(text).toContain(` ${note}`);
      expect(text).toMatch(/\S \([^)]+\)$/);
      expect(await optional.textContent()).toMatch(/\S \([^)]+\)$/);
      await expectAccessible(page, `/${locale}/dashboard`);
    }
  });

  test("the home's steps read with a space after their number", async ({ page }) => {
    await page.goto("/fr");
    const steps = page.getByRole("heading", { level: 3 });
    for (const text of await steps.allTextContents()) {
      if (/^\d/.test(text)) expect(text).toMatch(/^\d \S/);
    }
  });
});

test.describe("after a pause, Mes données keeps its download button", () => {
  async function pausedSession(page: Page, locale: Locale) {
    const fixtures = JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as { pausedSessions: Record<Locale, string> };
    const pausedSessionId = fixtures.pausedSessions[locale];
    const salt = "authjs.session-token";
    const value = await encode({ token: { sid: pausedSessionId }, secret: E2E_AUTH_SECRET, salt, maxAge: 3600 });
    await page.context().addCookies([{ name: salt, value, url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  }

  for (const [locale, t] of [
    [
      "fr",
      {
        download: "Télécharger mes données (JSON)",
        why: "votre mot de passe vous sera demandé avant le téléchargement",
        reauth: "Confirmez votre identité",
        password: "Mot de passe actuel",
        confirm: "Confirmer",
        starting: "le téléchargement de vos données commence",
      },
    ],
    [
      "en",
      {
        download: "Download my data (JSON)",
        why: "you will be asked for your password before the download",
        reauth: "Confirm it is you",
        password: "Current password",
        confirm: "Confirm",
        starting: "the download of your data is starting",
      },
    ],
  ] as const satisfies readonly (readonly [Locale, Record<string, string>])[]) {
    test(`${locale}: the button asks for the password on the way, then the file downloads`, async ({ page }) => {
      await pausedSession(page, locale);
      await page.goto(`/${locale}/account/privacy`);
      const button = page.getByRole("link", { name: t.download });
      await expect(button).toBeVisible();
      await expect(page.getByRole("main")).toContainText(t.why);
      await expectAccessible(page, `/${locale}/account/privacy after a pause`);

      await button.click();
      await expect(page).toHaveURL(
        new RegExp(`/${locale}/reauth\\?next=%2F${locale}%2Faccount%2Fprivacy%3Fexport%3Dstart$`),
      );
      await expect(page.getByRole("heading", { level: 1, name: t.reauth })).toBeVisible();
      await expectAccessible(page, `/${locale}/reauth on the way to the download`);
      await page.getByLabel(t.password, { exact: true }).fill(E2E_PASSWORD);
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: t.confirm, exact: true }).click();
      const file = await download;
      // Back on "Mes données", which says the download has started, with the button still there.
      await expect(page).toHaveURL(new RegExp(`/${locale}/account/privacy$`));
      await expect(page.getByRole("status").filter({ hasText: t.starting })).toBeVisible();
      await expectAccessible(page, `/${locale}/account/privacy, download started`);
      expect(file.suggestedFilename()).toMatch(/^vigie-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(readFileSync((await file.path())!, "utf8")) as { account?: { username?: string } };
      expect(JSON.stringify(data)).toContain(E2E_USERS.paused);

      // Signed in again just now: the same button, without the sentence.
      await page.goto(`/${locale}/account/privacy`);
      await expect(page.getByRole("link", { name: t.download })).toBeVisible();
      await expect(page.getByRole("main")).not.toContainText(t.why);
      await expectAccessible(page, `/${locale}/account/privacy, recently signed in`);
    });
  }
});
