import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";

// The open unit (no account needed), on a 360 px phone: the active caption is written under the
// picture, never over the slide's own text, and the player's caption menu still decides what shows.
const UNIT = "/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme";

test.use({ viewport: { width: 360, height: 740 } });

async function seek(page: Page, seconds: number) {
  await page.locator("#intro-video").evaluate(async (video: HTMLVideoElement, at) => {
    if (video.readyState === 0) {
      video.preload = "auto";
      video.load();
      await new Promise((resolve) => video.addEventListener("loadedmetadata", resolve, { once: true }));
    }
    video.currentTime = at;
  }, seconds);
}

function trackModes(page: Page) {
  return page
    .locator("#intro-video")
    .evaluate((video: HTMLVideoElement) => Array.from(video.textTracks).map((t) => `${t.language}:${t.mode}`));
}

for (const [locale, cue, otherCue] of [
  ["fr", "Bienvenue dans cette première unité du", "Welcome"],
  ["en", "Welcome", "Bienvenue dans cette première unité du"],
] as const) {
  test(`${locale}: captions sit under the picture and follow the player's menu`, async ({ page }) => {
    await page.goto(`/${locale}${UNIT}`);
    const video = page.locator("#intro-video");
    const caption = page.getByTestId("video-caption");
    await expect(caption).toBeVisible();
    // The browser keeps the cues but draws none over the picture.
    await expect.poll(() => trackModes(page)).toContain(`${locale}:hidden`);
    expect(await trackModes(page)).not.toContainEqual(expect.stringMatching(/:showing$/));

    await seek(page, 1.5);
    await expect(caption).toContainText(cue);
    await expect(caption).toHaveAttribute("lang", locale);
    const picture = (await video.boundingBox())!;
    const text = (await caption.boundingBox())!;
    expect(text.y).toBeGreaterThanOrEqual(picture.y + picture.height - 1);
    await expectAccessible(page, `unit video ${locale} with a caption`);

    // "Off" in the player's menu: every track disabled, nothing written.
    await video.evaluate((v: HTMLVideoElement) => {
      for (const track of Array.from(v.textTracks)) track.mode = "disabled";
    });
    await expect(caption).toHaveText("");

    // Choosing the other language in the menu: its cues, under the picture again.
    const other = locale === "fr" ? "en" : "fr";
    await video.evaluate((v: HTMLVideoElement, lang) => {
      Array.from(v.textTracks).find((t) => t.language === lang)!.mode = "showing";
    }, other);
    await expect.poll(() => trackModes(page)).toContain(`${other}:hidden`);
    await seek(page, 0.9);
    await seek(page, 1.5);
    await expect(caption).toContainText(otherCue);
    await expect(caption).toHaveAttribute("lang", other);
  });
}
