import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { getCourse, LANGS, type Unit } from "../../lib/content/load";
import { isOpenUnit, OPEN_UNIT_PAGES } from "../../lib/progress/open-unit";
import { E2E_USERS } from "../support/e2e-users";
import { encodeAt, encodedSpellings } from "../support/path-spellings";
import { signIn } from "./helpers";

// Every spelling of every unit page's path, against the production server. Next's router decodes
// each path segment (/fr/lear%6E/… is a unit page) and serves the page's RSC and prefetch forms
// too: each spelling must be gated for a visitor (a redirect to sign-in, or a 404), and no answer
// may carry a Cache-Control that lets a shared cache keep it. A learner still gets the page,
// privately, whatever the spelling, and only a real visit counts as studying the unit.
//
// The one deliberate exception (lib/progress/open-unit.ts): the first unit of module 1, in both
// languages, is open to visitors. Each of its spellings is the lesson (or a 404), still never
// cacheable by a shared cache; every spelling of every other unit stays gated.

interface Probe {
  path: string;
  method?: "GET" | "HEAD";
  headers?: Record<string, string>;
}

const BUILD_ID = readFileSync(".next/BUILD_ID", "utf8").trim();
// Next 16's segment-prefetch key of the page segment ("!KHN0dWR5KQ" is "(study)", its route group, in base64url).
const PAGE_SEGMENT = "/$d$locale/!KHN0dWR5KQ/learn/$d$moduleSlug/$d$unitSlug/__PAGE__";
const TRANSPORT_HEADERS: Record<string, string>[] = [
  { rsc: "1" },
  { rsc: "1", "next-router-prefetch": "1" },
  ...["/_tree", "/_full", PAGE_SEGMENT].map((segment) => ({
    rsc: "1",
    "next-router-prefetch": "1",
    "next-router-segment-prefetch": segment,
  })),
  {
    rsc: "1",
    "next-router-state-tree": encodeURIComponent(
      JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true]),
    ),
  },
  { "next-router-prefetch": "1" },
  { purpose: "prefetch", "sec-purpose": "prefetch" },
];

/** Text only the lesson carries, which survives HTML and RSC escaping: resource links, a plain run of words. */
function lessonMarkers(unit: Unit, locale: (typeof LANGS)[number]): string[] {
  const words = /[A-Za-z0-9 ]{25,}/.exec(unit.mdx[locale].replace(/^(import|export|#).*$/gm, ""))?.[0].trim();
  return [...unit.resources.map((r) => r.url), ...(words ? [words] : [])];
}

const UNITS = getCourse().modules.flatMap((m) =>
  m.units.flatMap((u) =>
    LANGS.map((locale) => ({
      path: `/${locale}/learn/${m.slug}/${u.slug}`,
      markers: lessonMarkers(u, locale),
      open: isOpenUnit(m.slug, u.slug),
    })),
  ),
);

/** The path itself, each character percent-encoded, encoded or doubled slashes, and Next's transport forms. */
function spellings(path: string): Probe[] {
  const slashes = [...path].flatMap((char, i) => (char === "/" && i > 0 ? [i] : []));
  const encoded = encodeAt(path, [path.indexOf("learn") + 4], false); // …/lear%6e/…
  return [
    ...[path, ...encodedSpellings(path)].map((p) => ({ path: p })),
    ...slashes.flatMap((i) =>
      ["%2F", "%2f", "//"].map((s) => ({ path: `${path.slice(0, i)}${s}${path.slice(i + 1)}` })),
    ),
    ...[
      `${path}/`,
      `${encoded}/`,
      `${path}.rsc`,
      `${encoded}.rsc`,
      `/_next/data/${BUILD_ID}${path}.json`,
      `/_next/data/${BUILD_ID}${encoded}.json`,
    ].map((p) => ({ path: p })),
    ...["/_tree", "/_full", PAGE_SEGMENT].map((segment) => ({ path: `${path}.segments${segment}.segment.rsc` })),
    ...[path, encoded].flatMap((p) => TRANSPORT_HEADERS.map((headers) => ({ path: p, headers }))),
    { path, method: "HEAD" },
    { path: encoded, method: "HEAD" },
  ];
}

/** A Cache-Control that lets a shared cache keep the answer. */
function sharedCacheable(cacheControl: string | undefined): boolean {
  const cc = (cacheControl ?? "").toLowerCase();
  return /\bpublic\b|s-maxage/.test(cc) || (/max-age=[1-9]/.test(cc) && !/private|no-store/.test(cc));
}

/** Runs a probe as a visitor, following Next's own normalising redirects; returns what is wrong, if anything. */
async function visitorProblems(
  request: APIRequestContext,
  probe: Probe,
  unit: (typeof UNITS)[number],
): Promise<string[]> {
  const problems: string[] = [];
  let url = probe.path;
  for (let hop = 0; hop < 4; hop++) {
    const response = await request.fetch(url, {
      method: probe.method ?? "GET",
      headers: probe.headers,
      maxRedirects: 0,
    });
    const where = `${probe.method ?? "GET"} ${probe.path}${probe.headers ? ` ${JSON.stringify(probe.headers)}` : ""}${hop ? ` → ${url}` : ""} (${response.status()})`;
    const headers = response.headers();
    if (sharedCacheable(headers["cache-control"])) problems.push(`${where}: Cache-Control ${headers["cache-control"]}`);
    const body = (await response.body())
      .toString("utf8")
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&");
    const leaked = unit.markers.filter((m) => body.includes(m));
    if (leaked.length && !unit.open) problems.push(`${where}: lesson text in the body (${leaked[0]})`);
    const target = headers["location"] ?? headers["x-nextjs-redirect"];
    if (response.status() >= 300 && response.status() < 400 && target) {
      const next = new URL(target, "http://localhost");
      if (/^\/(fr|en)\/sign-in$/.test(next.pathname)) {
        if (unit.open) problems.push(`${where}: the open unit sends a visitor to sign in`);
        else if (next.searchParams.get("next") !== unit.path)
          problems.push(`${where}: sign-in returns to ${next.searchParams.get("next")}`);
        return problems;
      }
      url = `${next.pathname}${next.search}`; // a 308 for a double or trailing slash, a 307 adding _rsc
      continue;
    }
    if (unit.open) {
      // The open unit: served (the page, or one of its RSC and prefetch forms), or a 404. Seen once: Next
      // answers 500 to an RSC request carrying a forged router state tree under an encoded "learn"
      // segment, after the proxy let it through; that answer holds no lesson text either way.
      const plainPage = probe.path === unit.path && !probe.headers && (probe.method ?? "GET") === "GET";
      if (plainPage && (response.status() !== 200 || !leaked.length))
        problems.push(`${where}: the open unit's page without its lesson`);
      const forgedRouterState = Boolean(probe.headers?.["next-router-state-tree"]) && response.status() === 500;
      if (![200, 404].includes(response.status()) && !forgedRouterState)
        problems.push(`${where}: neither the lesson nor a 404`);
      return problems;
    }
    if (response.status() !== 404) problems.push(`${where}: neither a redirect to sign-in nor a 404`);
    return problems;
  }
  return [...problems, `${probe.path}: too many redirects`];
}

test("every spelling of every unit page but the open one is gated for a visitor; none is cacheable by a shared cache", async ({
  request,
}) => {
  test.setTimeout(300_000);
  // The exception is exactly the first unit of module 1, in each language.
  expect(UNITS.filter((u) => u.open).map((u) => u.path)).toEqual(OPEN_UNIT_PAGES);
  expect(UNITS.filter((u) => !u.open)).toHaveLength(UNITS.length - OPEN_UNIT_PAGES.length);
  const probes = UNITS.flatMap((unit) => spellings(unit.path).map((probe) => ({ probe, unit })));
  expect(probes.filter((p) => !p.unit.open).length).toBeGreaterThan(2000);
  const problems: string[] = [];
  for (let i = 0; i < probes.length; i += 4) {
    const batch = await Promise.all(
      probes.slice(i, i + 4).map(({ probe, unit }) => visitorProblems(request, probe, unit)),
    );
    problems.push(...batch.flat());
  }
  expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
});

const STATE = JSON.parse(readFileSync("lib/i18n/messages/fr/app.json", "utf8")).dashboard as Record<string, string>;
const [NOT_STARTED, STUDIED] = [STATE.state_not_started, STATE.state_studied];

/** The unit's state as the learner's dashboard shows it. */
async function unitState(request: APIRequestContext, path: string): Promise<string | undefined> {
  const html = await (await request.get("/fr/dashboard")).text();
  return new RegExp(`href="${path}"[^]*?<span[^>]*>([^<]*)`).exec(html)?.[1];
}

test("a learner gets a unit page privately under any spelling, and only a real visit counts as studying it", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "fr", E2E_USERS.other);
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  const request = context.request;
  const target = UNITS.find((u) => u.path === "/fr/learn/tous-impliques/reagir")!;
  const sentinel = "/fr/learn/tous-impliques/se-preparer";
  expect(await unitState(request, target.path)).toBe(NOT_STARTED);

  // Prefetches the proxy can tell apart (Next hides its router headers from it; unit links never
  // prefetch), under encoded spellings too: answered privately, never counted as a visit. Once the
  // proxy let a learner through, Next's router decodes only the dynamic segments: encode the slugs.
  const encoded = encodeAt(target.path, [target.path.indexOf("/tous") + 1, target.path.lastIndexOf("/") + 1], true);
  const prefetches: Probe[] = [
    ...[target.path, encoded].map((path) => ({ path, headers: { purpose: "prefetch", "sec-purpose": "prefetch" } })),
    ...[target.path, encoded].flatMap((path) =>
      ["/_tree", "/_full", PAGE_SEGMENT].map((segment) => ({ path: `${path}.segments${segment}.segment.rsc` })),
    ),
  ];
  for (const probe of prefetches) {
    const response = await request.get(probe.path, { headers: probe.headers, maxRedirects: 0 });
    const where = `${probe.path} ${JSON.stringify(probe.headers ?? {})}`;
    expect(response.status(), where).toBeLessThan(500);
    if (response.status() === 200) expect(response.headers()["cache-control"] ?? "", where).toMatch(/private|no-store/);
  }
  // A real visit to another unit is recorded; by then the prefetches would have been too.
  const real = await request.get(sentinel, { maxRedirects: 0 });
  expect(real.status()).toBe(200);
  expect(real.headers()["cache-control"]).toMatch(/private/);
  await expect.poll(() => unitState(request, sentinel)).toBe(STUDIED);
  expect(await unitState(request, target.path)).toBe(NOT_STARTED);

  // A real visit under an encoded spelling: the lesson, kept private, recorded as studying that unit.
  const visit = await request.get(encoded, { maxRedirects: 0 });
  expect(visit.status()).toBe(200);
  expect(visit.headers()["cache-control"]).toMatch(/private/);
  expect(await visit.text()).toContain(target.markers[0]);
  await expect.poll(() => unitState(request, target.path)).toBe(STUDIED);
  await context.close();
});

// app/robots.ts: unit pages are left to the gate, not to robots.txt. A crawler that follows a gated unit
// lands on a sign-in page that says noindex; the open unit is in the site map and may be indexed; a
// signed-in unit page is crawlable (Lighthouse SEO 100) and still private, no-cache.
test("robots.txt leaves unit pages to the gate, and where the gate sends a crawler is noindex", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).not.toMatch(/Disallow: \/(fr|en)\/learn/);
  expect(robots).toMatch(/Disallow: \/api\//);
  const gated = UNITS.find((u) => !u.open)!;
  const redirect = await request.get(gated.path, { maxRedirects: 0 });
  expect(redirect.status()).toBeGreaterThanOrEqual(300);
  expect(redirect.status()).toBeLessThan(400);
  const signIn = await request.get(redirect.headers()["location"]!);
  expect(new URL(signIn.url()).searchParams.get("next")).toBe(gated.path);
  expect(await signIn.text()).toContain('<meta name="robots" content="noindex"/>');
  const plainSignIn = await (await request.get("/fr/sign-in")).text();
  expect(plainSignIn).not.toContain('name="robots"');
  for (const page of OPEN_UNIT_PAGES) {
    const open = await request.get(page, { maxRedirects: 0 });
    expect(open.status()).toBe(200);
    expect(await open.text()).not.toContain('name="robots"');
    const quiz = await request.get(`${page}/quiz`, { maxRedirects: 0 });
    expect(await quiz.text()).toContain('<meta name="robots" content="noindex"/>');
  }
  expect(await (await request.get("/sitemap.xml")).text()).toContain(OPEN_UNIT_PAGES[0]);
});
