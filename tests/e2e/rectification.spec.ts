// Issue #19 point 3: the DPO grants a rectification of a certified name. The old certificate is revoked
// and replaced; its code and its signed link say "revoked, replaced", the new certificate verifies.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS, FIXTURES_FILE } from "../support/e2e-users";
import { expectAccessible, mailTo, signInOverHttp, signInStaff } from "./helpers";

const oldCode = () => (JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as { rectifyCode: string }).rectifyCode;
const SIGNED = /\/fr\/verify\/([\w-]+\.[\w-]+\.[\w-]+)/;

async function screenshots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

test("fr: staff grant a rectification; the old code and link say revoked and replaced, the new certificate is valid", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const code = oldCode();
  // The learner's signed link to the certificate as first issued (what the QR code prints).
  const learner = await browser.newContext();
  await signInOverHttp(learner.request, E2E_USERS.rectify);
  const before = await (await learner.request.get(`/fr/certificates/${code}`)).text();
  const oldToken = SIGNED.exec(before)?.[1];
  expect(oldToken).toBeTruthy();

  await signInStaff(page, "fr", E2E_USERS.staff);
  await page.goto("/fr/staff");
  const item = page.getByRole("listitem").filter({ hasText: E2E_USERS.rectify });
  const form = item.getByRole("region", { name: "Rectifier le nom de l'attestation" });
  await expect(form).toContainText("Nom actuellement imprimé : Margaux Lefebre");
  await expect(form).toContainText(code);
  await expect(form).toContainText("Action irréversible");
  await item.getByLabel("Nom corrigé", { exact: true }).fill("Lefebvre");
  await expect(form).toContainText("Nom qui sera imprimé : Margaux Lefebvre");
  // Not confirmed: refused, with the field named, nothing written.
  await item.getByRole("button", { name: "Révoquer et délivrer la nouvelle attestation" }).click();
  await expect(item.getByRole("group", { name: "Le formulaire contient une erreur :" })).toContainText(
    "Cochez la case pour confirmer la rectification",
  );
  await expectAccessible(page, "staff rectification form with an error");
  await screenshots(page, "staff-rectification");
  await item.getByLabel("Je confirme la rectification").check();
  await item.getByRole("button", { name: "Révoquer et délivrer la nouvelle attestation" }).click();
  await expect(page).toHaveURL(/\/fr\/staff\?rectified=/);
  const done = page.getByRole("status").filter({ hasText: "Rectification faite" });
  await expect(done).toBeVisible();
  const newCode = /rectified=([0-9A-Z-]+)/.exec(page.url())?.[1] ?? "";
  expect(newCode).not.toBe(code);
  await expectAccessible(page, "staff queue after a rectification");
  await page.goto("/fr/staff/audit");
  await expect(page.getByRole("cell", { name: `révoquée, remplacée par ${newCode}` })).toContainText(code);
  // The English form (the other seeded request stays open), axe-clean too.
  await page.goto("/en/staff");
  const other = page.getByRole("listitem").filter({ hasText: E2E_USERS.rectifyMatrix });
  await expect(other.getByRole("region", { name: "Rectify the certificate's name" })).toContainText(
    "This cannot be undone",
  );
  await expect(other.getByLabel("Corrected last name")).toHaveValue("Matrisse");
  await expectAccessible(page, "staff rectification form in English");

  // Both facts reach the learner by email.
  const address = `${E2E_USERS.rectify}@example.org`;
  expect((await mailTo(address, "a été révoquée")).text).toContain(newCode);
  const issued = await mailTo(address, "Votre nouvelle attestation");
  expect(issued.text).toContain(newCode);
  const newToken = SIGNED.exec(issued.text)?.[1];
  expect(newToken).toBeTruthy();

  // The old code: revoked, replaced, with a link to the replacement, which is valid.
  await page.goto(`/fr/verify/${code}`);
  await expect(page.getByRole("alert").filter({ hasText: "révoquée" })).toContainText(
    `Elle a été remplacée par l'attestation ${newCode}.`,
  );
  await expectAccessible(page, "revoked code");
  await screenshots(page, "verify-revoked-code");
  await page.getByRole("link", { name: `Vérifier l'attestation ${newCode}, qui la remplace` }).click();
  await expect(page.getByText("Attestation authentique")).toBeVisible();
  await expect(page.getByText("Margaux Lefebvre")).toBeVisible();

  // The old signed link: authentic but revoked, replaced; the new signed link: valid.
  await page.goto(`/fr/verify/${oldToken}`);
  await expect(page.getByRole("alert").filter({ hasText: "Motif : rectification" })).toContainText(newCode);
  await page.goto(`/fr/verify/${newToken}`);
  await expect(page.getByText("n'a pas été révoquée")).toBeVisible();
  await expect(page.getByText("Margaux Lefebvre")).toBeVisible();

  // The learner's certificates: the new one only, under the corrected name; the old page is gone.
  const list = await (await learner.request.get("/fr/certificates")).text();
  expect(list).toContain(newCode);
  expect(list).not.toContain(code);
  expect((await learner.request.get(`/fr/certificates/${code}`)).status()).toBe(404);
  const pdf = await learner.request.get(`/api/certificates/${newCode}/pdf`);
  expect(pdf.status()).toBe(200);
  await learner.close();
});
