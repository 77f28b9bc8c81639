import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { signIn } from "./helpers";

// Follows every same-origin link from the home pages (as a visitor, then signed in) and checks
// that each response — page, route handler, PDF, 404 — carries the security headers, never a 5xx.
const START = [
  "/fr",
  "/en",
  "/fr/dashboard",
  "/en/dashboard",
  "/fr/page-inconnue",
  "/api/health",
  "/api/live",
  "/sitemap.xml",
  "/robots.txt",
];
const MAX_URLS = 160;

function links(html: string): string[] {
  return [...html.matchAll(/href="([^"#]+)/g)]
    .map((m) => m[1]!.replace(/&amp;/g, "&"))
    .filter((href) => href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/_next/"));
}

async function crawl(request: APIRequestContext, who: string): Promise<number> {
  const seen = new Set<string>(START);
  const queue = [...START];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_URLS) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    visited += 1;
    const headers = response.headers();
    const where = `${who} → ${path} (${response.status()})`;
    expect(response.status(), where).toBeLessThan(500);
    expect(headers["content-security-policy"], where).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], where).toBe("DENY");
    expect(headers["x-content-type-options"], where).toBe("nosniff");
    expect(headers["referrer-policy"], where).toBeTruthy();
    const next =
      response.status() >= 300 && response.status() < 400
        ? [headers["location"] ?? ""]
        : (headers["content-type"] ?? "").includes("text/html")
          ? links(await response.text())
          : [];
    for (const link of next.map((l) => l.replace(/^https?:\/\/[^/]+/, ""))) {
      if (link.startsWith("/") && !seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  return visited;
}

test("a crawler over every reachable route finds the security headers on each response", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  expect(await crawl(request, "visitor")).toBeGreaterThan(40);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "fr", E2E_USERS.certOwner);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  expect(await crawl(context.request, "learner")).toBeGreaterThan(40);
  await context.close();
});
