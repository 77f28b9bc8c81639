// Staff publish new terms of use (password + TOTP, preview, confirmation), a learner is asked to accept
// them at their next page, and the publication is in the audit trail, in French and English, axe on each
// state. Runs after every other spec (playwright.config.ts: the setup project's teardown), because from
// then on every seeded learner would be asked to accept the new terms.
import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { expectAccessible, signIn, signInStaff } from "./helpers";

test("staff publish the new terms; a learner is asked to accept them; the audit trail shows it", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInStaff(staff, "fr", E2E_USERS.staff);
  await staff.goto("/fr/staff/policies");
  await staff.getByRole("link", { name: /Aperçu avant publication — Conditions d'utilisation/ }).click();
  const heading = staff.getByRole("heading", { level: 1, name: /Aperçu : Conditions d'utilisation, version/ });
  const title = await heading.innerText();
  const version = /version (\d{4}-\d{2}-\d{2})/.exec(title)?.[1] ?? "";
  expect(version).not.toBe("");
  // Not ticked: refused, nothing published.
  await staff.getByRole("button", { name: `Publier la version ${version}` }).click();
  await expect(staff.getByText("Cochez la case pour confirmer la publication.").first()).toBeVisible();
  await expectAccessible(staff, "publish refused (fr)");
  await staff.getByRole("checkbox", { name: /Je confirme la publication/ }).check();
  await staff.getByRole("button", { name: `Publier la version ${version}` }).click();
  await expect(staff).toHaveURL(/\/fr\/staff\/policies\?published=site-/);
  await expect(staff.getByRole("status").filter({ hasText: `Version ${version} publiée.` })).toBeVisible();
  await expectAccessible(staff, "published (fr)");
  // Irreversible: no preview of that version is offered any more.
  await expect(staff.getByRole("link", { name: /Aperçu avant publication — Conditions d'utilisation/ })).toHaveCount(0);

  // The staff member now has the new terms to accept too, like everyone.
  await staff.goto("/fr/staff/audit");
  await expect(staff).toHaveURL(/\/fr\/accept-policy/);
  await staff.getByRole("checkbox", { name: "J'accepte les nouvelles conditions d'utilisation." }).check();
  await staff.getByRole("button", { name: "Continuer" }).click();
  await expect(staff).toHaveURL(/\/fr\/staff\/audit$/);
  const row = staff.getByRole("row").filter({ hasText: `Publication : Conditions d'utilisation, version ${version}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(E2E_USERS.staff);
  await expectAccessible(staff, "audit trail with the publication (fr)");
  await staff.goto("/en/staff/audit");
  await expect(staff.getByRole("row").filter({ hasText: `Published: Terms of use, version ${version}` })).toHaveCount(
    1,
  );
  await expectAccessible(staff, "audit trail with the publication (en)");
  await staff.goto("/en/staff/policies");
  await expect(staff.getByText(`Version in force: ${version}`)).toBeVisible();
  await expectAccessible(staff, "policies after publication (en)");

  // A learner is asked at their next page, in each language.
  for (const locale of ["fr", "en"] as const) {
    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    await signIn(learner, locale, E2E_USERS.publishReader);
    await expect(learner).toHaveURL(new RegExp(`/${locale}/accept-policy`));
    await expect(learner.getByText(version)).toBeVisible();
    await expectAccessible(learner, `new terms to accept (${locale})`);
    if (locale === "en") {
      await learner.getByRole("checkbox", { name: "I accept the new terms of use." }).check();
      await learner.getByRole("button", { name: "Continue" }).click();
      await expect(learner).toHaveURL(/\/en\/dashboard/);
    }
    await learnerContext.close();
  }
  await staffContext.close();
});
