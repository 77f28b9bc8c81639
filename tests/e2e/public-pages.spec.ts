import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { conformance, parseGrid } from "../../lib/accessibility/rgaa-grid";
import { expectAccessible, watchThirdParty } from "./helpers";

const PAGES = [
  "",
  "/modules",
  "/modules/comprendre-la-menace",
  "/modules/tous-impliques",
  "/modules/professionnels",
  "/faq",
  "/glossary",
  "/legal",
  "/accessibility",
  "/site-map",
  "/policies/site",
  "/policies/privacy",
  "/policies/cookies",
  "/verify",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
];

for (const locale of ["fr", "en"] as const) {
  test(`public pages in ${locale} are accessible, framed by security headers, and load nothing from elsewhere`, async ({
    page,
  }) => {
    const outside = watchThirdParty(page);
    for (const p of PAGES) {
      const response = await page.goto(`/${locale}${p}`);
      expect(response?.status(), p).toBe(200);
      const headers = response!.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1")).toHaveCount(1);
      await expectAccessible(page, `/${locale}${p}`);
    }
    expect(outside).toEqual([]);
  });
}

test("an unknown module gives a 404 page in the visitor's language", async ({ page }) => {
  const fr = await page.goto("/fr/modules/inconnu");
  expect(fr?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expectAccessible(page, "404 fr");
  // Unit pages are gated first: a visitor is sent to sign-in and brought back afterwards.
  await page.goto("/en/learn/nope/nope");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Flearn%2Fnope%2Fnope&reason=module$/);
  await page.goto("/en/does-not-exist");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the language switch keeps the page", async ({ page }) => {
  await page.goto("/fr/modules/tous-impliques");
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(/\/en\/modules\/tous-impliques$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Everyone involved in facing the terrorist threat!");
});

test("the home page works at 360 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/fr");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("cross-site and Origin-less state-changing requests are refused with 403 and security headers", async ({
  request,
  baseURL,
}) => {
  // Auth.js is the only route handler that accepts POST; the others answer 405 to any POST.
  for (const path of ["/api/auth/callback/credentials", "/api/auth/signout", "/api/auth/session"]) {
    const noOrigin = await request.post(path, {
      data: "x=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(noOrigin.status(), `${path} without Origin`).toBe(403);
    expect(noOrigin.headers()["x-frame-options"]).toBe("DENY");
    const evil = await request.post(path, {
      data: "x=1",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
    });
    expect(evil.status(), `${path} from another origin`).toBe(403);
  }
  // Every other route handler answers 405 to any POST, from this site or not, and reads nothing.
  for (const path of [
    "/api/cron/purge",
    "/api/account/export",
    "/api/health",
    "/api/metrics",
    "/api/certificates/AAAAA-AAAAA-AAAAA-AAAAA/pdf",
  ]) {
    expect((await request.post(path, { data: "x=1" })).status(), path).toBe(405);
    expect((await request.post(path, { data: "x=1", headers: { origin: baseURL! } })).status(), path).toBe(405);
  }
  // A server action posted from another site is refused by Next's own Origin check.
  const forged = await request.post("/fr/sign-in", {
    headers: { origin: "https://evil.example", "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "[]",
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
});

test("oversized bodies are refused with 413 before any parsing, on server actions and route handlers", async ({
  request,
  baseURL,
}) => {
  const big = "x".repeat(2 * 1024 * 1024);
  const origin = baseURL!;
  const action = await request.post("/fr/sign-in", {
    headers: { origin },
    multipart: { locale: "fr", identifier: big, password: "y" },
  });
  expect(action.status()).toBe(413);
  expect(action.headers()["x-frame-options"]).toBe("DENY");
  const route = await request.post("/api/auth/callback/credentials", {
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    data: `identifier=${big}`,
  });
  expect(route.status()).toBe(413);
  // Just under the limit the action answers normally (a clear field error, not a failure).
  const fine = await request.post("/fr/sign-in", {
    headers: { origin },
    multipart: { locale: "fr", identifier: "x".repeat(1000), password: "y" },
  });
  expect(fine.status()).toBeLessThan(500);
});

test("route handlers and error pages carry the security headers too", async ({ request }) => {
  for (const path of [
    "/api/health",
    "/api/live",
    "/api/metrics",
    "/api/certificates/AAAAA-AAAAA-AAAAA-AAAAA/pdf",
    "/fr/page-inconnue",
    "/sitemap.xml",
    "/robots.txt",
  ]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  expect((await request.get("/api/certificates/AAAAA-AAAAA-AAAAA-AAAAA/pdf")).status()).toBe(404);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/en/modules/professionnels");
  expect(sitemap).toContain("/fr/policies/cookies");
  expect(await (await request.get("/robots.txt")).text()).toContain("sitemap.xml");
});

test("the accessibility statement links to the audit grid, gives its contact and shows the grid's state in the footer", async ({
  page,
  request,
}) => {
  // What the published grid says (the same rule as the footer's and the statement's).
  const { state: gridState } = conformance(parseGrid(readFileSync("public/accessibility/rgaa-4.1-grid.csv", "utf8")));
  const words: Record<typeof gridState, [string, string]> = {
    full: ["totalement conforme", "fully compliant"],
    partial: ["partiellement conforme", "partially compliant"],
    none: ["non conforme", "non-compliant"],
  };
  const [fr, en] = words[gridState];
  for (const [locale, state, footer, grid] of [
    ["fr", fr, `Accessibilité : ${fr}`, "grille d'audit RGAA 4.1 (CSV, UTF-8)"],
    ["en", en, `Accessibility: ${en}`, "RGAA 4.1 audit grid (CSV, UTF-8)"],
  ] as const) {
    await page.goto(`/${locale}/accessibility`);
    const main = page.getByRole("main");
    await expect(main).toContainText(state);
    const gridLink = main.getByRole("link", { name: grid });
    await expect(gridLink).toHaveAttribute("href", "/accessibility/rgaa-4.1-grid.csv");
    // The embedded setup's default contact (ACCESSIBILITY_CONTACT in lib/env.mjs).
    await expect(main.getByRole("link", { name: "accessibilite@vigie.localhost" })).toHaveAttribute(
      "href",
      "mailto:accessibilite@vigie.localhost",
    );
    await expect(page.getByRole("contentinfo").getByRole("link", { name: footer })).toBeVisible();
    const csv = await request.get("/accessibility/rgaa-4.1-grid.csv");
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split("\n")[0]).toMatch(/^"critere","thematique","titre",/);
  }
});
