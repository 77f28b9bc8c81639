// The RGAA 4.1 sample (issue 21), checked the way the audit did: axe with every rule it runs by default
// (best practices included), the Nu HTML Checker over the HTML the server sends (RGAA 8.2), reflow at
// 320 CSS px with no horizontal scroll (10.11) and the WCAG 1.4.12 text spacing with nothing cut off
// (10.12), and every control's boundary at 3:1 (3.3). Signed-in pages are read as the seeded auditor (tests/e2e/auth.setup.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse, toGamut, wcagContrast } from "culori";
import { E2E_USERS, storageStateOf } from "../support/e2e-users";
import { expectAccessible, trackUnits } from "./helpers";
import { PUBLIC_SAMPLE, SIGNED_IN_SAMPLE } from "../support/rgaa-sample";

const AUDITOR = storageStateOf(E2E_USERS.audit);

// WCAG 1.4.12: the spacing a user may impose, which must not cut off or overlap content.
const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/** Visible elements whose overflow is hidden or clipped and whose content is larger than their box. */
const clippedText = (page: Page) =>
  page.evaluate(() => {
    const clipped: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const style = getComputedStyle(el);
      const hides = [style.overflowX, style.overflowY].some((o) => o === "hidden" || o === "clip");
      if (!hides || !el.checkVisibility() || !(el.textContent ?? "").trim()) continue;
      // The visually hidden text of screen readers is meant to be one pixel wide.
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        clipped.push(`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? "").trim().slice(0, 40)}"`);
      }
    }
    return clipped;
  });

/**
 * RGAA 3.3 as rendered: each enabled control drawn by a border or a fill (buttons, tabs, fields, links
 * styled as buttons) against the surface behind it. Text links and native check boxes are left out.
 */
async function controlBoundaries(page: Page) {
  const controls = await page.evaluate(() => {
    const surface = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    const selector =
      'button, [role="tab"], a, select, textarea, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility() && !el.matches(":disabled, [aria-disabled='true']"))
      .map((el) => {
        const style = getComputedStyle(el);
        const border =
          parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== "none" ? style.borderTopColor : null;
        const fill = style.backgroundColor;
        const behind = surface(el.parentElement);
        // A fill the same as the surface draws no boundary.
        const filled = fill !== "rgba(0, 0, 0, 0)" && fill !== behind ? fill : null;
        return {
          name: `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 30)}"`,
          boundary: border ?? filled,
          behind,
        };
      })
      .filter((c) => c.boundary !== null);
  });
  const toRgb = toGamut("rgb", "oklch");
  return controls
    .map((c) => ({ ...c, ratio: wcagContrast(toRgb(parse(c.boundary!)!), toRgb(parse(c.behind)!)) }))
    .filter((c) => c.ratio < 3)
    .map((c) => `${c.name}: ${c.boundary} on ${c.behind} = ${c.ratio.toFixed(2)}:1`);
}

async function checkPage(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expectAccessible(page, url, { rules: "all" });
  expect(await controlBoundaries(page), `control boundaries under 3:1 on ${url}`).toEqual([]);

  if (url.includes("/learn/")) {
    // The lessons' components in another state: each button pressed once (tabs, choices, cards,
    // steps, disclosures), each box of the checklists ticked.
    for (const control of await page.getByRole("main").locator('button[type="button"], input[type="checkbox"]').all()) {
      if (await control.isVisible().catch(() => false)) await control.click({ timeout: 2_000 }).catch(() => undefined);
    }
    // Measured at rest: a hover fill is not a boundary.
    await page.mouse.move(0, 0);
    await expectAccessible(page, `${url} after using its components`, { rules: "all" });
    expect(await controlBoundaries(page), `control boundaries under 3:1 on ${url}, used`).toEqual([]);
  }

  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page), `horizontal scroll at 320 px on ${url}`).toBeLessThanOrEqual(0);

  await page.addStyleTag({ content: TEXT_SPACING_CSS });
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    expect(
      await horizontalOverflow(page),
      `horizontal scroll with text spacing at ${width} px on ${url}`,
    ).toBeLessThanOrEqual(0);
    expect(await clippedText(page), `text cut off with text spacing at ${width} px on ${url}`).toEqual([]);
  }
}

test.describe("RGAA sample: public pages", () => {
  for (const url of PUBLIC_SAMPLE) {
    test(`${url}: axe (all rules), reflow at 320 px, text spacing`, async ({ page }) => {
      await checkPage(page, url);
    });
  }
});

test.describe("RGAA sample: signed-in pages", () => {
  test.use({ storageState: AUDITOR });
  for (const url of SIGNED_IN_SAMPLE) {
    test(`${url}: axe (all rules), reflow at 320 px, text spacing`, async ({ page }) => {
      await checkPage(page, url);
    });
  }
});

// The sample's error states, as the server sends them after a refused submit with JavaScript off.
const ERROR_STATES = [
  { name: "sign-up-errors", url: "/fr/sign-up", form: "form#sign-up", submit: "Créer mon compte", signedIn: false },
  { name: "sign-in-errors", url: "/fr/sign-in", form: "form#sign-in", submit: "Se connecter", signedIn: false },
  {
    name: "quiz-errors",
    url: "/fr/learn/tous-impliques/reagir/quiz",
    form: "main form",
    submit: "Envoyer mes réponses",
    signedIn: true,
  },
];

test("the Nu HTML Checker finds no error in the sample's HTML", async ({ playwright, browser }) => {
  test.setTimeout(180_000);
  const dir = path.join("test-results", "vnu");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const visitor = await playwright.request.newContext();
  const auditor = await playwright.request.newContext({ storageState: AUDITOR });
  const files: string[] = [];
  for (const [client, urls] of [
    [visitor, PUBLIC_SAMPLE],
    [auditor, SIGNED_IN_SAMPLE],
  ] as const) {
    for (const url of urls) {
      const response = await client.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(200);
      const file = path.join(dir, `${url.slice(1).replaceAll("/", "_")}.html`);
      writeFileSync(file, await response.text());
      files.push(file);
    }
  }
  await visitor.dispose();
  await auditor.dispose();
  for (const state of ERROR_STATES) {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: state.signedIn ? AUDITOR : undefined,
    });
    const page = await context.newPage();
    await page.goto(state.url);
    await page.locator(state.form).getByRole("button", { name: state.submit, exact: true }).click();
    // A summary, an alert or a field marked invalid: the refusal is on the page.
    await expect(
      page.locator('[aria-invalid="true"], [role="alert"]').first(),
      `${state.name}: the errors shown`,
    ).toBeAttached();
    // Without JavaScript the DOM is the server's HTML as parsed.
    const file = path.join(dir, `${state.name}.html`);
    writeFileSync(file, `<!DOCTYPE html>\n${await page.locator("html").evaluate((html) => html.outerHTML)}`);
    files.push(file);
    await context.close();
  }

  const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar")), "build/dist/vnu.jar");
  // --exit-zero-always: the verdict is ours. Server-action forms carry their page as action (React's
  // permalink, components/ui/form/action-form.tsx), never the invalid action="".
  const report = execFileSync(
    "java",
    ["-jar", vnuJar, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always", ...files],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const messages = (
    JSON.parse(report) as { messages: { type: string; url?: string; message: string; extract?: string }[] }
  ).messages;
  const errors = messages
    .filter((m) => m.type === "error")
    .map((m) => `${path.basename(m.url ?? "")}: ${m.message} [${(m.extract ?? "").trim().slice(0, 80)}]`);
  expect(errors).toEqual([]);
});

test("the site map, linked from every page's footer, lists every public page, module and unit", async ({
  page,
  request,
}) => {
  for (const locale of ["fr", "en"] as const) {
    await page.goto(`/${locale}/faq`);
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: locale === "fr" ? "Plan du site" : "Site map" }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/site-map$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "fr" ? "Plan du site" : "Site map");
    const main = page.getByRole("main");
    const hrefs = new Set(
      await main
        .getByRole("link")
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );

    // Every page the sitemap.xml gives to search engines, in this language, is on the page.
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)]
      .map((m) => m[1]!)
      .filter((p) => p === `/${locale}` || p.startsWith(`/${locale}/`))
      .filter((p) => p !== `/${locale}/site-map`);
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((p) => !hrefs.has(p))).toEqual([]);

    // Every module and every unit, by title.
    for (const unit of trackUnits("professional")) {
      await expect(main.getByRole("link", { name: unit.moduleTitle[locale], exact: false }).first()).toBeVisible();
      await expect(main.getByRole("link", { name: unit.title[locale], exact: true })).toHaveAttribute(
        "href",
        `/${locale}/learn/${unit.moduleSlug}/${unit.unitSlug}`,
      );
    }
    // The signed-in areas.
    for (const p of ["dashboard", "certificate", "account", "account/privacy"])
      expect(hrefs).toContain(`/${locale}/${p}`);
  }
});
