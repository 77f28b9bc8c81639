// `npm run rgaa:walk` (with the e2e server running: npx tsx tests/support/e2e-server.ts): the manual part
// of the RGAA audit made repeatable. For each page of the sample it writes, under test-results/rgaa-walk/,
// the accessibility tree as screen readers get it (Playwright's ariaSnapshot), every Tab stop in order
// with its position and whether a focus indicator is drawn, and a screenshot at 200 % zoom (a 1,280 px
// window seen at 640 CSS px); it prints, per page, the stops without indicator and the horizontal overflow.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";
import { E2E_BASE_URL, E2E_PASSWORD, E2E_USERS } from "../tests/support/e2e-users";
import { PUBLIC_SAMPLE, SIGNED_IN_SAMPLE } from "../tests/support/rgaa-sample";

const OUT = "test-results/rgaa-walk";
interface Stop {
  key: string;
  label: string;
  ring: boolean;
  top: number;
}

async function walk(context: BrowserContext, url: string) {
  const page = await context.newPage();
  // The personal part of static pages (sign-in or account links) arrives from /api/me after the load.
  await page.goto(E2E_BASE_URL + url, { waitUntil: "networkidle" });
  const name = url.slice(1).replaceAll("/", "_");
  writeFileSync(path.join(OUT, `${name}.aria.yml`), await page.locator("body").ariaSnapshot());
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((): Stop | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const path: string[] = [];
      for (let e: Element | null = el; e && e.parentElement; e = e.parentElement)
        path.push(`${e.tagName}${[...e.parentElement.children].indexOf(e)}`);
      return {
        key: path.join("<"),
        label: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`,
        ring: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none",
        top: Math.round(el.getBoundingClientRect().top + scrollY),
      };
    });
    if (!stop) continue;
    // Inside a native control (the video's own buttons) the active element stays the same.
    if (stop.key === stops.at(-1)?.key) continue;
    if (seen.has(stop.key)) break; // back at the start: the page was walked through
    seen.add(stop.key);
    stops.push(stop);
  }
  const lines = stops.map((s) => `${s.ring ? "focus shown " : "NO FOCUS INDICATOR "}${s.top} ${s.label}`);
  writeFileSync(path.join(OUT, `${name}.tabs.txt`), lines.join("\n"));
  await page.setViewportSize({ width: 640, height: 400 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.screenshot({ path: path.join(OUT, `${name}.zoom200.png`) });
  const missing = stops.filter((s) => !s.ring).length;
  console.log(
    `${url}: ${stops.length} Tab stops, ${missing} without focus indicator, overflow at 200 %: ${overflow} px`,
  );
  await page.close();
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"],
});
const visitor = await browser.newContext();
for (const url of PUBLIC_SAMPLE) await walk(visitor, url);
const auditor = await browser.newContext();
const csrf = (await (await auditor.request.get(`${E2E_BASE_URL}/api/auth/csrf`)).json()) as { csrfToken: string };
await auditor.request.post(`${E2E_BASE_URL}/api/auth/callback/credentials`, {
  form: { identifier: E2E_USERS.audit, password: E2E_PASSWORD, csrfToken: csrf.csrfToken },
  headers: { origin: E2E_BASE_URL },
  maxRedirects: 0,
});
for (const url of SIGNED_IN_SAMPLE) await walk(auditor, url);
await browser.close();
