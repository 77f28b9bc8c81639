// Temporary manual-audit helper (not committed): keyboard walk, accessibility snapshot, 200 % zoom.
import { chromium } from "@playwright/test";
import { writeFileSync } from "node:fs";
const BASE = `http://localhost:${process.env.E2E_PORT}`;
const PUBLIC = ["/fr", "/fr/modules", "/fr/modules/comprendre-la-menace", "/fr/sign-in", "/fr/sign-up", "/fr/faq", "/fr/accessibility", "/fr/site-map", "/fr/glossary", "/en"];
const SIGNED = ["/fr/learn/comprendre-la-menace/modes-operatoires-et-cibles", "/fr/learn/comprendre-la-menace/le-plan-vigipirate", "/fr/learn/comprendre-la-menace/niveaux-et-posture", "/fr/learn/tous-impliques/se-preparer", "/fr/learn/tous-impliques/reperer-et-signaler", "/fr/learn/tous-impliques/reagir", "/fr/learn/tous-impliques/reagir/quiz", "/fr/dashboard", "/fr/account", "/fr/account/privacy", "/fr/certificate"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
async function walk(ctx: import("@playwright/test").BrowserContext, url: string) {
  const page = await ctx.newPage();
  await page.goto(BASE + url);
  const name = url.slice(1).replaceAll("/", "_");
  writeFileSync(`/tmp/rgaa-walk/${name}.aria.yml`, await page.locator("body").ariaSnapshot());
  // Keyboard walk: every Tab stop, with its name and whether a focus indicator is drawn.
  const stops: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
      const r = el.getBoundingClientRect();
      const path = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) path.push(e.tagName + [...e.parentElement!.children].indexOf(e));
      return { key: path.join("<"), label: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`, ring, visible: r.width > 0 && r.height > 0, top: Math.round(r.top + scrollY) };
    });
    if (!info) continue;
    if (seen.has(info.key)) break;
    seen.add(info.key);
    stops.push(`${info.ring ? "ring" : "NO-RING"} ${info.visible ? "" : "INVISIBLE "}${info.top} ${info.label}`);
  }
  writeFileSync(`/tmp/rgaa-walk/${name}.tabs.txt`, stops.join("\n"));
  // 200 % zoom of a 1280 px window: a 640 CSS px viewport.
  await page.setViewportSize({ width: 640, height: 400 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.screenshot({ path: `/tmp/rgaa-walk/${name}.zoom200.png`, fullPage: false });
  console.log(url, "tab stops:", stops.length, "no ring:", stops.filter((s) => s.startsWith("NO-RING")).length, "overflow@200%:", overflow);
  await page.close();
}
const visitor = await browser.newContext();
for (const url of PUBLIC) await walk(visitor, url);
const signed = await browser.newContext();
const { csrfToken } = (await (await signed.request.get(BASE + "/api/auth/csrf")).json()) as { csrfToken: string };
await signed.request.post(BASE + "/api/auth/callback/credentials", { form: { identifier: "audit_e2e", password: "une phrase de passe pour les tests", csrfToken }, headers: { origin: BASE }, maxRedirects: 0 });
for (const url of SIGNED) await walk(signed, url);
await browser.close();
