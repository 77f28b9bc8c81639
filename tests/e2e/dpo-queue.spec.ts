// Issue #14 point 3: the DPO queue as a workflow. The queue lists an overdue request first; a request
// received by email waits for the identity check before it can be answered. axe on each state,
// screenshots at 360 and 1280 px. A learner's own request moved received → in progress → answered, with
// the emails, the privacy page and the audit trail, is the staff-console journey (staff-console.spec.ts).
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { expectAccessible, signInStaff } from "./helpers";

const LEARNER = E2E_USERS.dpoRequester;
const ADDRESS = `${LEARNER}@example.org`;

async function screenshots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

/** A step; `done` is what the page shows after it (a final step replaces the form by the closing notice). */
async function takeStep(page: Page, status: string, done: string, note = "") {
  await page.getByLabel("Nouvel état").selectOption({ label: status });
  if (note) await page.getByLabel(/Message à la personne/).fill(note);
  await page.getByRole("button", { name: "Enregistrer l'étape" }).click();
  await expect(page.getByText(done)).toBeVisible();
}

test("fr: the queue lists the overdue request first; an erasure received by email waits for the identity check", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInStaff(page, "fr", E2E_USERS.staff);
  await page.goto("/fr/staff");
  const first = page
    .locator("section", { has: page.locator("#requests") })
    .getByRole("listitem")
    .first();
  await expect(first).toContainText("En retard");
  await expect(first).toContainText("Opposition");
  await expectAccessible(page, "DPO queue with an overdue request");
  await screenshots(page, "dpo-queue-overdue");

  await page.getByRole("link", { name: "Enregistrer une demande reçue par courriel" }).click();
  await page.getByLabel("Adresse électronique du compte").fill(ADDRESS);
  await page.getByLabel("Type de demande").selectOption("erasure");
  await page.getByLabel("Texte de la demande").fill("Reçu par courriel : effacez mon compte, s'il vous plaît.");
  await expectAccessible(page, "record a request received by email");
  await page.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Demande [0-9a-f]{8}/ })).toBeVisible();
  await expect(page.getByText("Reçue par courriel, enregistrée par l'équipe")).toBeVisible();
  await expect(
    page.getByText(/n'est répondue qu'après avoir vérifié que son auteur est bien le titulaire/),
  ).toBeVisible();

  // Answering before the identity check is refused at the field; the check is recorded, then the answer goes.
  await page.getByLabel("Nouvel état").selectOption({ label: "Répondue" });
  await page.getByRole("button", { name: "Enregistrer l'étape" }).click();
  await expect(page.getByText(/Vérifiez d'abord l'identité de la personne/).first()).toBeVisible();
  await expectAccessible(page, "DPO request page, identity not verified");
  await screenshots(page, "dpo-request-identity");
  await page.getByLabel("réponse depuis l'adresse électronique du compte").check();
  await page.getByRole("button", { name: "Enregistrer la vérification" }).click();
  await expect(
    page.getByText(/Identité vérifiée le .*: réponse depuis l'adresse électronique du compte/),
  ).toBeVisible();
  await page.reload();
  await takeStep(
    page,
    "Refusée",
    "Cette demande est close : elle ne peut plus changer.",
    "Nous conservons l'attestation délivrée pendant sa durée de vérification, comme l'indique la politique.",
  );
  await expect(page.getByRole("region", { name: "Historique" })).toContainText("Identité vérifiée");
});
