// RGAA 13.1: the session's end is announced five minutes before, with a way to stay signed in, and once
// it has ended the page stays as it is with a way to sign in again (the browser's clock is moved on).
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS, storageStateOf } from "../support/e2e-users";
import { expectAccessible } from "./helpers";

test.use({ storageState: storageStateOf(E2E_USERS.keyboard) });

async function sessionEnd(page: Page): Promise<number> {
  const me = (await (await page.request.get("/api/me")).json()) as { sessionExpiresAt: string };
  return new Date(me.sessionExpiresAt).getTime();
}

for (const [locale, text] of [
  ["fr", { ending: "Votre session se termine à", stay: "Rester connecté", ended: "Votre session est terminée" }],
  ["en", { ending: "Your session ends at", stay: "Stay signed in", ended: "Your session has ended" }],
] as const) {
  test(`the session's end is announced, and staying signed in extends it (${locale})`, async ({ page }) => {
    await page.clock.install({ time: new Date() });
    const end = await sessionEnd(page);
    await page.goto(`/${locale}/dashboard`);
    await expect(page.getByRole("alert").filter({ hasText: text.ending })).toHaveCount(0);
    await page.clock.fastForward(end - Date.now() - 4 * 60_000);
    const warning = page.getByRole("alert").filter({ hasText: text.ending });
    await expect(warning).toBeVisible();
    await expectAccessible(page, "session ending");
    await warning.getByRole("button", { name: text.stay }).click();
    await expect.poll(() => sessionEnd(page)).toBeGreaterThan(end);

    await page.clock.fastForward(12 * 3600_000);
    const ended = page.getByRole("alert").filter({ hasText: text.ended });
    await expect(ended).toBeVisible();
    await expect(ended.getByRole("link")).toHaveAttribute("href", new RegExp(`/${locale}/sign-in\\?next=`));
    await expectAccessible(page, "session ended");
  });
}
