// The static public pages know who is signed in (GET /api/me, fetched by the browser): "Mon espace" and
// sign-out in the header, "Reprendre : <unit>", unit badges and module progress, with nothing wrong
// shown before the answer arrives and nothing moving when it does; the resume position of a unit
// followed to another browser; the header's menu at 360 px by keyboard, in visual order; a visitor's
// "Commencer le module" explained on the sign-in page. French and English, axe on every state.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { expectAccessible, signInOverHttp, tabTo, type Locale } from "./helpers";

const MODULE = "comprendre-la-menace";
const UNIT2 = "modes-operatoires-et-cibles";

const TEXT = {
  fr: {
    mainNav: "Navigation principale",
    mySpace: "Mon espace",
    signOut: "Se déconnecter",
    signIn: "Se connecter",
    signUp: "Créer un compte",
    homeCta: "Créer mon compte gratuitement",
    howTitle: "Comment se déroule la formation",
    unit1: "Qu'est-ce que le terrorisme ?",
    unit2: "Modes opératoires et cibles",
    unit3: "Le plan Vigipirate : origines, objectifs, acteurs",
    resume: (unit: string) => `Reprendre : ${unit}`,
    validated: "Validée (100 %)",
    studied: "Leçon ouverte",
    notStarted: "Pas commencée",
    progress: "1 sur 4 unités validées (25 %)",
    section: "Idées reçues sur les attaques et les cibles",
    resumeSection: (s: string) => `Reprendre à la section « ${s} »`,
    resumeVideo: (t: string) => `Reprendre la vidéo à ${t}`,
    dashboardResume: (u: string, s: string) => `Reprendre : ${u} (section « ${s} »)`,
    start: "Commencer le module",
    reason: "Connectez-vous ou créez un compte pour suivre ce module.",
    menu: "Menu",
    visitorOrder: [
      "Les modules",
      "FAQ",
      "Vérifier une attestation",
      "Mon parcours",
      "Se connecter",
      "Créer un compte",
      "English",
    ],
  },
  en: {
    mainNav: "Main navigation",
    mySpace: "My space",
    signOut: "Sign out",
    signIn: "Sign in",
    signUp: "Create an account",
    homeCta: "Create my free account",
    howTitle: "How the training works",
    unit1: "What is terrorism?",
    unit2: "Methods of attack and targets",
    unit3: "The VIGIPIRATE plan: origins, aims, actors",
    resume: (unit: string) => `Resume: ${unit}`,
    validated: "Validated (100 %)",
    studied: "Lesson opened",
    notStarted: "Not started",
    progress: "1 of 4 units validated (25 %)",
    section: "Common beliefs about attacks and targets",
    resumeSection: (s: string) => `Resume at the section “${s}”`,
    resumeVideo: (t: string) => `Resume the video at ${t}`,
    dashboardResume: (u: string, s: string) => `Resume: ${u} (section “${s}”)`,
    start: "Start the module",
    reason: "Sign in or create an account to follow this module.",
    menu: "Menu",
    visitorOrder: ["Modules", "FAQ", "Verify a certificate", "My progress", "Sign in", "Create an account", "Français"],
  },
} as const;

async function signedInPage(browser: Browser, opts: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext(opts);
  await signInOverHttp(context.request, E2E_USERS.resume);
  return { context, page: await context.newPage() };
}

const isMe = (url: URL) => url.pathname === "/api/me";

async function expectSignedInHeader(page: Page, locale: Locale) {
  const t = TEXT[locale];
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: t.mySpace })).toBeVisible();
  await expect(banner.getByRole("button", { name: t.signOut })).toBeVisible();
  await expect(banner.getByRole("link", { name: t.signUp })).toHaveCount(0);
  await expect(banner.getByRole("link", { name: t.signIn, exact: true })).toHaveCount(0);
}

for (const locale of ["fr", "en"] as const) {
  const t = TEXT[locale];

  test(`a signed-in learner's static pages show their space, progress and where to resume (${locale})`, async ({
    browser,
  }) => {
    const { context, page } = await signedInPage(browser);
    // Before the answer arrives: no "create an account" for a signed-in learner, and the space is held.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(isMe, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/${locale}`);
    const banner = page.getByRole("banner");
    const how = page.getByRole("heading", { name: t.howTitle });
    await expect(how).toBeVisible();
    const before = await how.boundingBox();
    await expect(banner.getByRole("link", { name: t.signUp })).toHaveCount(0);
    await expect(banner.getByRole("link", { name: t.signIn, exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: t.homeCta })).toHaveCount(0);
    await expectAccessible(page, `home before the personal answer (${locale})`);
    release();
    await expectSignedInHeader(page, locale);
    await expect(page.getByRole("link", { name: t.resume(t.unit2) })).toBeVisible();
    expect(await how.boundingBox(), "nothing moved when the answer arrived").toEqual(before);
    await page.unroute(isMe);
    await expect(page.getByText(t.progress).first()).toBeVisible(); // module 1's card
    await expectAccessible(page, `home, signed in (${locale})`);

    await page.goto(`/${locale}/modules`);
    await expectSignedInHeader(page, locale);
    await expect(page.getByText(t.progress)).toBeVisible();
    await expectAccessible(page, `catalogue, signed in (${locale})`);

    await page.goto(`/${locale}/modules/${MODULE}`);
    await expectSignedInHeader(page, locale);
    const units = page.getByRole("region", { name: locale === "fr" ? "Unités" : "Units" }).getByRole("listitem");
    await expect(units.filter({ hasText: t.unit1 })).toContainText(t.validated);
    await expect(units.filter({ hasText: t.unit2 })).toContainText(t.studied);
    await expect(units.filter({ hasText: t.unit3 })).toContainText(t.notStarted);
    await expect(page.getByText(t.progress)).toBeVisible();
    const resume = page.getByRole("link", { name: t.resume(t.unit2) });
    await expect(resume).toHaveAttribute("href", `/${locale}/learn/${MODULE}/${UNIT2}`);
    await expectAccessible(page, `module overview, signed in (${locale})`);

    await page.goto(`/${locale}/faq`);
    await expectSignedInHeader(page, locale);
    await expectAccessible(page, `FAQ, signed in (${locale})`);

    // Signing out from a static page: the header offers sign-in again.
    await page.getByRole("banner").getByRole("button", { name: t.signOut }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: t.signIn, exact: true })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: t.mySpace })).toHaveCount(0);
    await context.close();
  });

  // Module 2: module 1 starts with the unit open to visitors (tests/e2e/data-read.spec.ts follows that one).
  test(`a visitor following "${t.start}" is told on the sign-in page why (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/modules/tous-impliques`);
    await expect(page.getByRole("banner").getByRole("link", { name: t.signUp })).toBeVisible();
    await expectAccessible(page, `module overview, visitor (${locale})`);
    await page.getByRole("link", { name: t.start }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?next=[^&]+&reason=module$`));
    await expect(page.getByText(t.reason)).toBeVisible();
    await expectAccessible(page, `sign-in with a reason (${locale})`);
    // Only the fixed reasons are said; anything else is ignored.
    await page.goto(`/${locale}/sign-in?reason=%3Cb%3Ehello`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(t.reason)).toHaveCount(0);
  });
}

test("the section reached and the video position follow the learner to another browser (fr → en)", async ({
  browser,
}) => {
  const fr = TEXT.fr;
  const en = TEXT.en;
  const first = await signedInPage(browser);
  const page = first.page;
  await page.goto(`/fr/learn/${MODULE}/${UNIT2}`);
  await expect(page.getByText("Votre avancement dans cette unité est enregistré")).toBeVisible();
  await expectAccessible(page, "unit page, nothing to resume yet");
  const saved = page.waitForResponse(
    (r) =>
      r.url().endsWith("/api/me/position") &&
      r.status() === 204 &&
      (r.request().postDataJSON() as { section: number | null; videoSeconds: number }).section === 2 &&
      (r.request().postDataJSON() as { videoSeconds: number }).videoSeconds === 30,
    { timeout: 20_000 },
  );
  // The learner moves the video to 0:30, then reads down to the third section.
  await page.locator("video").evaluate(async (v: HTMLVideoElement) => {
    if (v.readyState < 1) await new Promise((r) => v.addEventListener("loadedmetadata", r, { once: true }));
    v.currentTime = 30;
  });
  await page.getByRole("heading", { level: 2, name: fr.section }).evaluate((h) => h.scrollIntoView({ block: "start" }));
  await saved;
  await page.goto("/fr/dashboard");
  await expect(page.getByRole("link", { name: fr.dashboardResume(fr.unit2, fr.section) })).toBeVisible();
  await expectAccessible(page, "dashboard with a resume position");

  // Another browser, in English.
  const second = await signedInPage(browser, { viewport: { width: 360, height: 740 } });
  const other = second.page;
  await other.goto(`/en/learn/${MODULE}/${UNIT2}`);
  const toSection = other.getByRole("button", { name: en.resumeSection(en.section) });
  const toVideo = other.getByRole("button", { name: en.resumeVideo("0:30") });
  await expect(toSection).toBeVisible();
  await expect(toVideo).toBeVisible();
  await expectAccessible(other, "unit page offering to resume (en, 360 px)");
  await toSection.click();
  await expect(other.getByRole("heading", { level: 2, name: en.section })).toBeFocused();
  await toVideo.click();
  expect(
    await other.locator("video").evaluate((v: HTMLVideoElement) => Math.floor(v.currentTime)),
  ).toBeGreaterThanOrEqual(30);
  await other.goto("/en");
  await expect(other.getByRole("link", { name: en.resume(en.unit2) })).toBeVisible();
  await first.context.close();
  await second.context.close();
});

test("at 360 px the header is one row with a menu button, opened and walked by keyboard in visual order", async ({
  browser,
}) => {
  for (const [locale, signedIn] of [
    ["fr", false],
    ["en", true],
  ] as const) {
    const t = TEXT[locale];
    const { context, page } = signedIn
      ? await signedInPage(browser, { viewport: { width: 360, height: 740 } })
      : await (async () => {
          const c = await browser.newContext({ viewport: { width: 360, height: 740 } });
          return { context: c, page: await c.newPage() };
        })();
    await page.goto(`/${locale}/faq`);
    const banner = page.getByRole("banner");
    const menu = banner.getByRole("button", { name: t.menu });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: t.mainNav })).toBeHidden();
    expect((await banner.boundingBox())!.height, "header height at 360 px").toBeLessThan(100);
    await expectAccessible(page, `menu closed (${locale})`);

    await tabTo(page, menu, { max: 5 });
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator(`#${await menu.getAttribute("aria-controls")}`)).toBeVisible();
    if (signedIn) await expect(banner.getByRole("link", { name: t.mySpace })).toBeVisible();
    const expected = signedIn
      ? [...t.visitorOrder.slice(0, 4), t.mySpace, t.signOut, t.visitorOrder[6]]
      : [...t.visitorOrder];
    const walked: { text: string; top: number; left: number }[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press("Tab");
      walked.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const r = el.getBoundingClientRect();
          return { text: (el.textContent ?? "").trim(), top: Math.round(r.top), left: Math.round(r.left) };
        }),
      );
    }
    expect(walked.map((w) => w.text)).toEqual(expected);
    // Tab order is the visual order: each next element is lower, or on the same row further right.
    for (let i = 1; i < walked.length; i++) {
      const [a, b] = [walked[i - 1]!, walked[i]!];
      expect(b.top > a.top + 4 || (Math.abs(b.top - a.top) <= 4 && b.left > a.left), `${a.text} → ${b.text}`).toBe(
        true,
      );
    }
    await expectAccessible(page, `menu open (${locale})`);
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    // A link followed from the menu closes it.
    await page.keyboard.press("Enter");
    await page.getByRole("navigation", { name: t.mainNav }).getByRole("link", { name: t.visitorOrder[0] }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/modules$`));
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await context.close();
  }
});
