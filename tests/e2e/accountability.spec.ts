// Issue #19 points 4 and 6: a professional certificate says what it attests (rule, modules, units, durations,
// category), and an account deleted by its owner leaves only an anonymous trace in the staff's DPO queue.
import { expect, test, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { AUTH_TEXT, expectAccessible, signInOverHttp, signInStaff } from "./helpers";
import { TEXT } from "./full-journey-text";

const CERTIFICATE = {
  fr: {
    open: "Voir l'attestation du parcours professionnel",
    category: "Catégorie professionnelle : Élu local",
    duration: "Durée annoncée des modules : 1 h 59 min",
    rule: "Le titulaire a validé chaque unité que son parcours exige",
    module: "Comprendre la menace terroriste et le dispositif Vigipirate (36 min)",
  },
  en: {
    open: "View the professional track certificate",
    category: "Professional category: Local elected official",
    duration: "Announced duration of the modules: 1 h 59 min",
    rule: "The holder validated every unit their track requires",
    module: "Understanding the terrorist threat and the VIGIPIRATE plan (36 min)",
  },
} as const;

/** Both widths the project checks by eye; the files land in test-results for the reviewer. */
async function screenshots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: the professional certificate page states the unit rule, modules with their units and durations, and the category`, async ({
    page,
  }) => {
    const c = CERTIFICATE[locale];
    await signInOverHttp(page.context().request, E2E_USERS.proCertificate);
    await page.goto(`/${locale}/certificates`);
    await page.getByRole("link", { name: c.open }).click();
    const card = page.getByRole("region", { name: /accessible/ });
    await expect(card).toContainText(c.category);
    await expect(card).toContainText(c.duration);
    await expect(card).toContainText(c.rule);
    await expect(card).toContainText(c.module);
    // Three modules, each listing its four units.
    const modules = card.locator("dd > ul > li");
    await expect(modules).toHaveCount(3);
    for (const m of await modules.all()) await expect(m.getByRole("listitem")).toHaveCount(4);
    await expectAccessible(page, "professional certificate");
    await screenshots(page, `certificate-professional-${locale}`);
  });
}

test("fr: an account deleted by its owner stays in the DPO queue as an anonymous, final record", async ({ page }) => {
  const t = TEXT.fr;
  await signInOverHttp(page.context().request, E2E_USERS.erased);
  await page.goto("/fr/account/privacy");
  await page.getByLabel("Type de demande").selectOption("erasure");
  await page.getByLabel("Votre message").fill("Merci d'effacer mon compte. Éloïse Effacée, 06 12 34 56 78.");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByText("Votre demande a été enregistrée.")).toBeVisible();
  await page.getByLabel(AUTH_TEXT.fr.currentPw, { exact: true }).fill(E2E_PASSWORD);
  await page.getByLabel(t.confirmDelete).check();
  await page.getByRole("button", { name: t.deleteSubmit }).click();
  await expect(page).toHaveURL(/\/fr\/account-deleted$/);

  await page.context().clearCookies();
  await signInStaff(page, "fr", E2E_USERS.staff);
  await page.goto("/fr/staff");
  const record = page
    .getByRole("listitem")
    .filter({ hasText: "Effacement — compte supprimé" })
    .filter({ hasText: "par la personne elle-même, en supprimant son compte" })
    .filter({ hasText: "Trace anonyme" })
    .first();
  await expect(record).toBeVisible();
  await expect(record).toContainText("Référence");
  await expect(record).toContainText("Traitée le");
  // Final: no status to change; and nothing of the person is left on the page.
  await expect(record.getByRole("combobox")).toHaveCount(0);
  for (const personal of ["Éloïse", "Effacée", "06 12 34 56 78", E2E_USERS.erased]) {
    await expect(page.locator("main")).not.toContainText(personal);
  }
  await expectAccessible(page, "staff queue with an anonymous record");
  await screenshots(page, "staff-queue-fr");
});
