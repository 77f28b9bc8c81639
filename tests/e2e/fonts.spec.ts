// Fast and steady on a phone (issue 15, point 11): the text is set in Source Sans 3 (app/fonts.ts), and
// the system font drawn before it arrives ("Source Sans Fallback", app/globals.css) takes the same
// width, so lines break at the same words and nothing moves when the font swaps in. The Lighthouse
// figures themselves come from `npm run bench:lighthouse` (bench/lighthouse.ts). The fallback needs one
// of the system fonts it names (Arial, Liberation Sans — Debian's fonts-liberation, which chromium
// pulls in —, Arimo or Roboto).
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

const SAMPLE =
  "Le plan Vigipirate ne s'éteint jamais, mais son intensité varie selon la menace. Pour l'ajuster, l'État dispose de trois niveaux.";

for (const path of ["/fr", "/fr/faq", "/en/modules/comprendre-la-menace"]) {
  test(`${path}: Source Sans 3, and a fallback of the same width`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    // The first family is next/font's name for Source Sans 3; the fallback follows; never a default serif.
    expect(family).toMatch(/^"?[\w ]*sourceSans[\w ]*"?, "?Source Sans Fallback"?,/i);
    const widths = await page.evaluate(async (text) => {
      const measure = (fontFamily: string, weight: number) => {
        const span = document.createElement("span");
        span.textContent = text;
        Object.assign(span.style, { fontFamily, fontWeight: String(weight), fontSize: "16px", whiteSpace: "nowrap" });
        document.body.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      };
      const webFont = getComputedStyle(document.body).fontFamily.split(",")[0]!;
      const out: { weight: number; webFont: number; fallback: number; loaded: boolean }[] = [];
      for (const weight of [400, 600, 700]) {
        await document.fonts.load(`${weight} 16px ${webFont}`);
        out.push({
          weight,
          webFont: measure(webFont, weight),
          fallback: measure('"Source Sans Fallback"', weight),
          loaded: document.fonts.check(`${weight} 16px ${webFont}`),
        });
      }
      return out;
    }, SAMPLE);
    for (const w of widths) {
      expect(w.loaded, `Source Sans 3 ${w.weight} loaded`).toBe(true);
      // Within 4 %: the same words on each line of a 360 px column (plain Arial is 7 to 11 % wider).
      expect(Math.abs(w.fallback / w.webFont - 1), `fallback width at ${w.weight}`).toBeLessThan(0.04);
    }
    await expectAccessible(page, path);
  });
}
