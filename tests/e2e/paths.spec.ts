// Issue #20, points 3 and 4: a steward follows the steward path (units 3.1 and 3.3 of module 3) and gets a
// certificate naming the category and listing those units; on the way, the module 3 checklist is ticked
// from the keyboard and saved in the account, opened as a one-page printable form and downloaded as a PDF,
// and the steward's briefing card is downloaded. In French and English, axe-checked at every page.
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { answerShownQuiz, expectAccessible, readQuiz, signIn, tabTo, type Locale } from "./helpers";

const TEXT = {
  fr: {
    user: E2E_USERS.stewardFr,
    name: "Inès Stadier",
    path: "Catégorie professionnelle : Agent de sécurité ou membre d'un service d'ordre (stadier). Pour votre attestation, le module 3 exige 2 unités sur 4",
    optional: "(facultative pour votre catégorie)",
    stewardSection: "Agent de sécurité privée ou membre du service d'ordre ?",
    briefing: "Fiche réflexe du stadier (PDF, une page)",
    checklist: "Préparer mon événement",
    saved: "Coches enregistrées dans votre compte.",
    printable: "Ma liste à imprimer ou en PDF",
    pdf: "Télécharger en PDF",
    send: "Envoyer mes réponses",
    getCertificate: "Obtenir mon attestation",
    understood: /2\. J'ai compris/,
    retype: /3\. Pour confirmer/,
    issue: "Délivrer mon attestation",
    issued: "Votre attestation a été délivrée.",
    category: "Catégorie professionnelle : Agent de sécurité ou membre d'un service d'ordre (stadier)",
    pathUnits: "Unités exigées pour la catégorie professionnelle :",
    units: ["Cadre et responsabilités", "Sécuriser un rassemblement ou un événement"],
    skipped: "Évaluer ses vulnérabilités et organiser la réponse",
  },
  en: {
    user: E2E_USERS.stewardEn,
    name: "Owen Stadier",
    path: "Professional category: Security agent or event steward. For your certificate, module 3 requires 2 units out of 4",
    optional: "(optional for your category)",
    stewardSection: "Private security agent or event steward?",
    briefing: "Steward's briefing card (PDF, one page)",
    checklist: "Preparing my event",
    saved: "Ticks saved in your account.",
    printable: "My list to print or as a PDF",
    pdf: "Download as PDF",
    send: "Send my answers",
    getCertificate: "Get my certificate",
    understood: /2\. I understand/,
    retype: /3\. To confirm/,
    issue: "Issue my certificate",
    issued: "Your certificate has been issued.",
    category: "Professional category: Security agent or event steward",
    pathUnits: "Units required for the professional category:",
    units: ["Framework and responsibilities", "Securing a gathering or event"],
    skipped: "Assessing your vulnerabilities and organising the response",
  },
} as const;

const SHOTS = "test-results/paths";

async function shoot(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  test(`${locale}: a steward follows the steward path to a certificate naming the category`, async ({ page }) => {
    const t = TEXT[locale];
    await signIn(page, locale, t.user);
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));

    await test.step("the dashboard shows the category's path", async () => {
      await expect(page.getByTestId("category-path")).toContainText(t.path);
      await expect(page.getByText(t.optional)).toHaveCount(2);
      await expectAccessible(page, `${locale} dashboard`);
      await shoot(page, `${locale}-dashboard`);
    });

    await test.step("the lesson explains agents and stewards and offers the briefing card", async () => {
      await page.goto(`/${locale}/learn/professionnels/securiser-un-evenement`);
      await expect(page.getByRole("heading", { name: t.stewardSection })).toBeVisible();
      const briefing = page.getByRole("link", { name: t.briefing });
      const response = await page.request.get((await briefing.getAttribute("href"))!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await expectAccessible(page, `${locale} lesson`);
    });

    await test.step("the checklist is ticked from the keyboard and saved in the account", async () => {
      const list = page.getByRole("group", { name: t.checklist });
      const first = list.getByRole("checkbox").first();
      await tabTo(page, first, { max: 200 });
      await page.keyboard.press("Space");
      await expect(first).toBeChecked();
      await expect(page.getByText(t.saved)).toBeVisible();
      await page.getByRole("link", { name: t.printable }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/checklists/m3-u3-event$`));
      await expect(page.getByRole("checkbox").first()).toBeChecked();
      await expect(page.getByRole("checkbox").nth(1)).not.toBeChecked();
      await expectAccessible(page, `${locale} printable checklist`);
      await shoot(page, `${locale}-checklist`);
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: `${SHOTS}/${locale}-checklist-print.png`, fullPage: true });
      await page.emulateMedia({ media: "screen" });
      const pdf = await page.request.get((await page.getByRole("link", { name: t.pdf }).getAttribute("href"))!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
    });

    await test.step("ticks this browser kept before they were saved to the account are imported once", async () => {
      // What the lessons stored before (key vigie-checklist-<id>, a JSON array of the ticked items' texts).
      const second = page.getByRole("checkbox").nth(1);
      const secondText = await second.evaluate((box) => box.closest("label")?.textContent?.trim() ?? "");
      await page.evaluate((text) => {
        window.localStorage.setItem("vigie-checklist-m3-u3-event", JSON.stringify([text]));
      }, secondText);
      await page.reload();
      // Added to what the account held (the first item stays ticked), then the old key is gone.
      await expect(page.getByRole("checkbox").nth(1)).toBeChecked();
      await expect(page.getByRole("checkbox").first()).toBeChecked();
      expect(await page.evaluate(() => window.localStorage.getItem("vigie-checklist-m3-u3-event"))).toBeNull();
      await page.reload();
      await expect(page.getByRole("checkbox").nth(1)).toBeChecked();
    });

    await test.step("unit 3.3's quiz passed: the path is complete", async () => {
      await page.goto(`/${locale}/learn/professionnels/securiser-un-evenement/quiz`);
      await answerShownQuiz(page, locale, readQuiz("03-professionnels", "03-securiser-un-evenement"), true);
      await page.getByRole("button", { name: t.send }).click();
      await expect(page.getByRole("link", { name: t.getCertificate }).first()).toBeVisible();
      await expectAccessible(page, `${locale} passed result`);
    });

    await test.step("the certificate names the category and lists the path's units", async () => {
      await page.getByRole("link", { name: t.getCertificate }).first().click();
      await page.getByLabel(t.understood).check();
      await page.getByLabel(t.retype).fill(t.name);
      await page.getByRole("button", { name: t.issue }).click();
      await expect(page.getByText(t.issued)).toBeVisible();
      const card = page.locator("section[aria-labelledby=cert-html]");
      await expect(card).toContainText(t.category);
      await expect(card).toContainText(t.pathUnits);
      for (const unit of t.units) await expect(card.getByText(unit, { exact: true })).toBeVisible();
      await expect(card.getByText(t.skipped, { exact: true })).toHaveCount(0);
      await expectAccessible(page, `${locale} certificate issued`);
      await shoot(page, `${locale}-certificate`);
      const code = (await page.locator("dd.font-mono").first().innerText()).trim();
      const pdf = await page.request.get(`/api/certificates/${code}/pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
    });
  });
}
