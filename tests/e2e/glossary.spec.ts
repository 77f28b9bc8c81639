// Issue #16: the glossary, a public page in both languages with an anchored entry per acronym and legal
// term, reached from the footer and from the first use of an acronym in a unit (an <abbr> with its
// expansion, linked to the entry). Issue #15 (9): phone numbers in lessons are links. Issue #21 (8.7):
// French terms in English lessons carry lang="fr".
import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { AUTH_TEXT, expectAccessible, signIn } from "./helpers";

test("the glossary in French: from the footer, an entry per acronym, when the prefect takes over as DOS", async ({
  page,
}) => {
  await page.goto("/fr");
  await page.getByRole("contentinfo").getByRole("link", { name: "Glossaire" }).click();
  await expect(page).toHaveURL(/\/fr\/glossary$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossaire des sigles et des termes");
  const dos = page.getByRole("heading", { name: "DOS : directeur des opérations de secours" });
  await expect(dos).toHaveAttribute("id", "dos");
  await expect(page.getByText(/^Le préfet prend la direction des opérations de secours quand/)).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "ORSEC : organisation de la réponse de sécurité civile" }),
  ).toBeVisible();
  for (const acronym of ["CLSPD", "CNAPR", "COS", "ERP", "PCS", "PPMS", "SAIP", "SGDSN", "FR-Alert"])
    await expect(page.getByRole("heading", { name: new RegExp(`^${acronym}\\b`) })).toHaveCount(1);
  // An entry's cross-reference is an in-page link to another entry.
  await page.locator("#dos ~ p").getByRole("link", { name: "ORSEC" }).first().click();
  await expect(page).toHaveURL(/\/fr\/glossary#orsec$/);
  await expect(page.locator("#orsec")).toBeInViewport();
  await expectAccessible(page, "glossary fr");
});

test("the glossary in English gives each French name, marked as French", async ({ page }) => {
  await page.goto("/en/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary of acronyms and terms");
  const dos = page.getByRole("heading", {
    name: "DOS: directeur des opérations de secours (director of rescue operations)",
  });
  await expect(dos).toHaveAttribute("id", "dos");
  await expect(dos.locator('span[lang="fr"]')).toHaveText("directeur des opérations de secours");
  await expect(page.getByText(/^The prefect takes over as director of rescue operations when/)).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Glossary" })).toHaveAttribute(
    "href",
    "/en/glossary",
  );
  await expectAccessible(page, "glossary en");
});

test("a unit's first acronym is an abbreviation linked to its glossary entry; phone numbers are links; French names are marked", async ({
  page,
}) => {
  await signIn(page, "fr", E2E_USERS.certOwner);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AUTH_TEXT.fr.dashboard);

  // French: module 2, unit 1.
  await page.goto("/fr/learn/tous-impliques/se-preparer");
  await expect(page.getByRole("link", { name: "17", exact: true }).first()).toHaveAttribute("href", "tel:17");
  await expect(page.getByRole("link", { name: "114", exact: true }).first()).toHaveAttribute("href", "sms:114");
  const saip = page.getByRole("link", { name: "SAIP", exact: true });
  await expect(saip).toHaveCount(1);
  await expect(saip.locator("abbr")).toHaveAttribute("title", "système d’alerte et d’information des populations");
  await expectAccessible(page, "unit m2-u1 fr with abbreviations");
  await saip.click();
  await expect(page).toHaveURL(/\/fr\/glossary#saip$/);
  await expect(page.getByRole("heading", { name: /^SAIP : système d’alerte/ })).toBeInViewport();
  await expect(page.getByText(/FR-Alert a repris ce rôle/)).toBeVisible();

  // English: module 1, unit 4.
  await page.goto("/en/learn/comprendre-la-menace/niveaux-et-posture");
  await page.getByRole("tab", { name: /Attack emergency/ }).click();
  await expect(page.getByRole("tabpanel").locator('span[lang="fr"]')).toHaveText("Urgence attentat");
  await expect(page.locator('li span[lang="fr"]', { hasText: "Sécurité renforcée – risque attentat" })).toHaveCount(1);
  const sgdsn = page.getByRole("link", { name: "SGDSN", exact: true });
  await expect(sgdsn.locator("abbr")).toHaveAttribute("title", "General Secretariat for Defence and National Security");
  await expectAccessible(page, "unit m1-u4 en with abbreviations");
  await sgdsn.click();
  await expect(page).toHaveURL(/\/en\/glossary#sgdsn$/);
  await expect(page.locator("#sgdsn")).toBeInViewport();
  await expectAccessible(page, "glossary en reached from a unit");
});
