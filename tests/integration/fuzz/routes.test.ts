// Property-based tests of the other route handlers (certificate PDF and Open Badge, public key set, data export, cron, health, metrics,
// liveness, the personal answer and the resume position) on hostile requests: never a status of 500 or more, a 4xx always has a body, and no write
// unless the request was entitled to one.
import fc from "fast-check";
import { beforeAll, describe, expect, vi } from "vitest";

vi.hoisted(() => {
  process.env.CRON_SECRET = "fuzz-cron-secret-0123456789";
  process.env.METRICS_TOKEN = "fuzz-metrics-token-0123456789";
});

import * as exportRoute from "@/app/api/account/export/route";
import * as pdfRoute from "@/app/api/certificates/[code]/pdf/route";
import * as openBadgeRoute from "@/app/api/certificates/[code]/open-badge/route";
import * as keysRoute from "@/app/.well-known/vigie-certificate-keys.json/route";
import * as cronRoute from "@/app/api/cron/purge/route";
import * as healthRoute from "@/app/api/health/route";
import * as liveRoute from "@/app/api/live/route";
import * as metricsRoute from "@/app/api/metrics/route";
import * as meRoute from "@/app/api/me/route";
import * as positionRoute from "@/app/api/me/position/route";
import * as checklistPdfRoute from "@/app/api/checklists/[checklistId]/pdf/route";
import * as briefingRoute from "@/app/api/resources/steward-briefing/route";
import type { User } from "@/db/schema";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { getCourse } from "@/lib/content/load";
import type { MeAnswer } from "@/lib/progress/personal";
import { createLearner, validateTrack } from "../../support/factories";
import {
  ONE_MB,
  ID_LIKE,
  QUERY,
  REQUEST_SHAPE,
  buildRequest,
  checkRoute,
  fuzzEveryTarget,
  headerSafe,
  hostileString,
  people,
  prepareFuzzing,
  METHOD_REFUSAL_RUNS,
  runProperty,
  statusLabel as label,
  urlPart,
  type FuzzTarget,
} from "../../support/fuzz";
import { ORIGIN } from "../../support/next-request-mock";

const CRON_SECRET = "fuzz-cron-secret-0123456789";
const METRICS_TOKEN = "fuzz-metrics-token-0123456789";
const UNIT_IDS = getCourse().modules.flatMap((m) => m.units.map((u) => u.id));

/** Bodies of POST /api/me/position: mostly near-valid positions, then any JSON and hostile text. */
const POSITION_BODY = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        unitId: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...UNIT_IDS) },
          { weight: 1, arbitrary: hostileString },
        ),
        section: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 120 }), fc.double(), fc.constant("2")),
        videoSeconds: fc.oneof(fc.integer({ min: -5, max: 40_000 }), fc.double(), fc.constant(Number.MAX_VALUE)),
        extra: fc.option(fc.constant("x"), { nil: undefined }),
      })
      .map((b) => JSON.stringify(b)), // an undefined extra is left out; "x" is an unknown field
  },
  { weight: 2, arbitrary: fc.json() },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom("", "{", "null", "[]", `{"unitId":"${"a".repeat(ONE_MB)}"}`) },
);

let owner: User;
let other: User;
let ownerCode: string;

beforeAll(async () => {
  await prepareFuzzing();
  owner = people.owner = await createLearner({ firstName: "Zoë", lastName: "Œlschläger-N'Diaye" });
  other = people.other = await createLearner();
  await validateTrack(owner);
  const issued = await issueCertificate(owner.id, printedName(owner));
  if (!issued.ok) throw new Error("certificate not issued");
  ownerCode = issued.certificate.verificationCode;
}, 120_000);

const TARGETS: Record<string, FuzzTarget> = {
  "app/api/certificates/[code]/pdf/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          code: fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom("⟦code⟧", "⟦code.lower⟧", "⟦code.nodash⟧") },
            { weight: 4, arbitrary: hostileString },
            { weight: 1, arbitrary: ID_LIKE },
          ),
          etag: fc.boolean(),
        }),
        async ({ shape, code, etag }) => {
          // Next hands the handler the decoded path segment: anything UTF-8 can carry, NUL included, within
          // what fits in a request line (Node refuses more than 16 KB of headers).
          const param = code
            .replace("⟦code⟧", ownerCode)
            .replace("⟦code.lower⟧", ownerCode.toLowerCase())
            .replace("⟦code.nodash⟧", ownerCode.replace(/-/g, ""))
            .toWellFormed()
            .slice(0, 4096);
          const req = await buildRequest(shape, `${ORIGIN}/api/certificates/${urlPart(param)}/pdf`);
          const res = await checkRoute(() => pdfRoute.GET(req, { params: Promise.resolve({ code: param }) }));
          const mine = shape.who === "owner" && (shape.auth === "recent" || shape.auth === "stale");
          if (res.status === 200) {
            expect(mine).toBe(true);
            expect(res.headers.get("content-type")).toBe("application/pdf");
            if (etag) {
              // The same certificate again with its ETag: 304.
              const again = await buildRequest({ ...shape, headers: [] }, req.url, {
                headers: { "if-none-match": res.headers.get("etag") ?? "" },
              });
              expect(
                (await checkRoute(() => pdfRoute.GET(again, { params: Promise.resolve({ code: param }) }))).status,
              ).toBe(304);
            }
          } else {
            expect([304, 404]).toContain(res.status);
          }
          return `${mine ? "owner" : "not owner"}: ${label(res)}`;
        },
      ),
  },

  "app/api/certificates/[code]/open-badge/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          code: fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom("⟦code⟧", "⟦code.lower⟧") },
            { weight: 4, arbitrary: hostileString },
            { weight: 1, arbitrary: ID_LIKE },
          ),
        }),
        async ({ shape, code }) => {
          const param = code
            .replace("⟦code⟧", ownerCode)
            .replace("⟦code.lower⟧", ownerCode.toLowerCase())
            .toWellFormed()
            .slice(0, 4096);
          const req = await buildRequest(shape, `${ORIGIN}/api/certificates/${urlPart(param)}/open-badge`);
          const res = await checkRoute(() => openBadgeRoute.GET(req, { params: Promise.resolve({ code: param }) }));
          const mine = shape.who === "owner" && (shape.auth === "recent" || shape.auth === "stale");
          if (res.status === 200) {
            expect(mine).toBe(true);
            expect(res.headers.get("content-type")).toBe("application/vc+jwt");
          } else {
            expect(res.status).toBe(404);
          }
          return `${mine ? "owner" : "not owner"}: ${label(res)}`;
        },
      ),
  },

  "app/.well-known/vigie-certificate-keys.json/route.ts#GET": {
    run: (name) =>
      runProperty(name, fc.record({ shape: REQUEST_SHAPE, query: QUERY }), async ({ shape, query }) => {
        const req = await buildRequest(shape, `${ORIGIN}/.well-known/vigie-certificate-keys.json${query}`);
        // Public and the same for everyone: whoever asks, whatever the request.
        const res = await checkRoute(async () => (keysRoute.GET as (r: Request) => Response)(req));
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("application/jwk-set+json; charset=utf-8");
        return label(res);
      }),
  },

  "app/api/account/export/route.ts#GET": {
    run: (name) =>
      runProperty(name, fc.record({ shape: REQUEST_SHAPE, query: QUERY }), async ({ shape, query }) => {
        const req = await buildRequest(shape, `${ORIGIN}/api/account/export${query}`);
        // Next passes the request even to a handler that declares no parameter.
        const res = await checkRoute(() => (exportRoute.GET as (r: Request) => Promise<Response>)(req));
        // After a pause the password is asked on the way: to /reauth, and back to the download.
        const expected = shape.auth === "recent" ? 200 : shape.auth === "stale" ? 303 : 401;
        expect(res.status).toBe(expected);
        if (res.status === 303) {
          expect(res.headers.get("location")).toMatch(
            /^\/(fr|en)\/reauth\?next=%2F\1%2Faccount%2Fprivacy%3Fexport%3Dstart$/,
          );
        }
        if (res.status === 200) {
          const data = (await res.json()) as { account?: { id?: string } } & Record<string, unknown>;
          expect(JSON.stringify(data)).toContain((shape.who === "owner" ? owner : other).id);
          expect(JSON.stringify(data)).not.toContain((shape.who === "owner" ? other : owner).id);
        }
        return `${shape.auth}: ${label(res)}`;
      }),
  },

  "app/api/checklists/[checklistId]/pdf/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          id: fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom("m3-u2-site", "m3-u3-event", "m2-u1-prepare") },
            { weight: 3, arbitrary: hostileString },
            { weight: 1, arbitrary: ID_LIKE },
          ),
          query: QUERY,
        }),
        async ({ shape, id, query }) => {
          const param = id.toWellFormed().slice(0, 4096);
          const req = await buildRequest(shape, `${ORIGIN}/api/checklists/${urlPart(param)}/pdf${query}`);
          const res = await checkRoute(() =>
            checklistPdfRoute.GET(req, { params: Promise.resolve({ checklistId: param }) }),
          );
          const signedIn = shape.auth === "recent" || shape.auth === "stale";
          // Each learner gets their own ticks; no one else's can be asked for (the URL names no learner).
          if (!signedIn) expect(res.status).toBe(401);
          else expect([200, 404]).toContain(res.status);
          if (res.status === 200) {
            expect(res.headers.get("content-type")).toBe("application/pdf");
            expect(res.headers.get("cache-control")).toBe("no-store");
          }
          return `${shape.auth}: ${label(res)}`;
        },
      ),
  },

  "app/api/resources/steward-briefing/route.ts#GET": {
    run: (name) =>
      runProperty(name, fc.record({ shape: REQUEST_SHAPE, query: QUERY }), async ({ shape, query }) => {
        const req = await buildRequest(shape, `${ORIGIN}/api/resources/steward-briefing${query}`);
        // Public and the same for everyone: whoever asks, whatever the query (an unknown language: French).
        const res = await checkRoute(() => (briefingRoute.GET as (r: Request) => Promise<Response>)(req));
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("application/pdf");
        return label(res);
      }),
  },

  "app/api/cron/purge/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          query: QUERY,
          authorization: fc.oneof(
            { weight: 1, arbitrary: fc.constantFrom(`Bearer ${CRON_SECRET}`) },
            {
              weight: 6,
              arbitrary: fc.constantFrom(
                "",
                "Bearer",
                "Bearer ",
                `bearer ${CRON_SECRET}`,
                `Bearer ${CRON_SECRET} `,
                `Bearer ${CRON_SECRET.slice(0, -1)}`,
                `Bearer ${CRON_SECRET}x`,
                `Basic ${CRON_SECRET}`,
                CRON_SECRET,
              ),
            },
            { weight: 3, arbitrary: hostileString.map(headerSafe) },
          ),
        }),
        async ({ shape, query, authorization }) => {
          const req = await buildRequest(shape, `${ORIGIN}/api/cron/purge${query}`, {
            headers: authorization ? { authorization } : {},
          });
          const authorised = req.headers.get("authorization") === `Bearer ${CRON_SECRET}`;
          const res = await checkRoute(() => cronRoute.GET(req), {
            mayWrite: () =>
              authorised ? ["users", "email_tokens", "rate_limit_buckets", "email_outbox", "stats_daily"] : [],
          });
          expect(res.status).toBe(authorised ? 200 : 403);
          return `${authorised ? "authorised" : "refused"}: ${label(res)}`;
        },
      ),
  },

  "app/api/health/route.ts#GET": {
    run: (name) =>
      runProperty(name, fc.record({ shape: REQUEST_SHAPE, query: QUERY }), async ({ shape, query }) => {
        const req = await buildRequest(shape, `${ORIGIN}/api/health${query}`);
        const res = await checkRoute(() => (healthRoute.GET as (r: Request) => Promise<Response>)(req));
        expect(res.status).toBe(200);
        expect(((await res.json()) as { status: string }).status).toBe("ok");
        return label(res);
      }),
  },

  "app/api/metrics/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          query: QUERY,
          authorization: fc.oneof(
            { weight: 1, arbitrary: fc.constantFrom(`Bearer ${METRICS_TOKEN}`) },
            {
              weight: 6,
              arbitrary: fc.constantFrom(
                "",
                "Bearer ",
                `bearer ${METRICS_TOKEN}`,
                `Bearer ${METRICS_TOKEN.slice(0, -1)}`,
                `Bearer ${METRICS_TOKEN}x`,
                `Bearer ${CRON_SECRET}`,
                METRICS_TOKEN,
              ),
            },
            { weight: 3, arbitrary: hostileString.map(headerSafe) },
          ),
        }),
        async ({ shape, query, authorization }) => {
          const req = await buildRequest(shape, `${ORIGIN}/api/metrics${query}`, {
            headers: authorization ? { authorization } : {},
          });
          const authorised = req.headers.get("authorization") === `Bearer ${METRICS_TOKEN}`;
          const res = await checkRoute(() => metricsRoute.GET(req));
          expect(res.status).toBe(authorised ? 200 : 401);
          expect(res.headers.get("cache-control")).toBe("no-store");
          // Refused: not one metric name.
          if (!authorised) expect(await res.clone().text()).not.toMatch(/vigie_|nodejs_|process_/);
          return `${authorised ? "authorised" : "refused"}: ${label(res)}`;
        },
      ),
  },

  "app/api/live/route.ts#GET": {
    run: (name) =>
      runProperty(name, fc.record({ shape: REQUEST_SHAPE, query: QUERY }), async ({ shape, query }) => {
        const req = await buildRequest(shape, `${ORIGIN}/api/live${query}`);
        const res = await checkRoute(async () => (liveRoute.GET as (r: Request) => Response)(req));
        expect(res.status).toBe(200);
        return label(res);
      }),
  },
};

Object.assign(TARGETS, {
  "app/api/me/route.ts#GET": {
    run: (name) =>
      runProperty(name, fc.record({ shape: REQUEST_SHAPE, query: QUERY }), async ({ shape, query }) => {
        const req = await buildRequest(shape, `${ORIGIN}/api/me${query}`);
        const res = await checkRoute(() => meRoute.GET(req));
        // Never an error, never kept by a cache, and only the session's own learner.
        expect(res.status).toBe(200);
        expect(res.headers.get("cache-control")).toBe("private, no-store");
        const me = (await res.json()) as MeAnswer;
        const signedIn = shape.auth === "recent" || shape.auth === "stale";
        expect(me.signedIn).toBe(signedIn);
        if (me.signedIn) {
          const who = shape.who === "owner" ? owner : other;
          expect(me.firstName).toBe(who.firstName);
          expect(me.units["m1-u1"]?.status).toBe(shape.who === "owner" ? "validated" : "not_started");
        } else {
          expect(Object.keys(me)).toEqual(["signedIn"]);
        }
        return `${signedIn ? "signed in" : "anonymous"}: ${label(res)}`;
      }),
  },

  "app/api/me/position/route.ts#POST": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          body: POSITION_BODY,
          origin: fc.oneof(
            { weight: 6, arbitrary: fc.constant(ORIGIN) },
            { weight: 1, arbitrary: fc.constantFrom("", "https://evil.example", "null") },
          ),
        }),
        async ({ shape, body, origin }) => {
          const req = await buildRequest(shape, `${ORIGIN}/api/me/position`, {
            method: "POST",
            body,
            headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
          });
          const res = await checkRoute(() => positionRoute.POST(req), {
            mayWrite: (r) => (r.status === 204 ? ["unit_positions"] : []),
          });
          const signedIn = shape.auth === "recent" || shape.auth === "stale";
          if (res.status === 204) {
            expect(signedIn && req.headers.get("origin") === ORIGIN).toBe(true);
          } else {
            expect([400, 401, 403, 404, 413]).toContain(res.status);
          }
          return label(res);
        },
      ),
  },
} satisfies Record<string, FuzzTarget>);

// The methods a GET-only route does not serve (lib/request-body.ts refuseBodyMethods): always 405,
// whoever asks and whatever the body, and nothing written.
const GET_ONLY_ROUTES = {
  "app/api/account/export/route.ts": ["/api/account/export", exportRoute],
  "app/api/certificates/[code]/pdf/route.ts": ["/api/certificates/ABCD-EFGH/pdf", pdfRoute],
  "app/api/certificates/[code]/open-badge/route.ts": ["/api/certificates/ABCD-EFGH/open-badge", openBadgeRoute],
  "app/.well-known/vigie-certificate-keys.json/route.ts": ["/.well-known/vigie-certificate-keys.json", keysRoute],
  "app/api/cron/purge/route.ts": ["/api/cron/purge", cronRoute],
  "app/api/health/route.ts": ["/api/health", healthRoute],
  "app/api/live/route.ts": ["/api/live", liveRoute],
  "app/api/me/route.ts": ["/api/me", meRoute],
  "app/api/metrics/route.ts": ["/api/metrics", metricsRoute],
  "app/api/checklists/[checklistId]/pdf/route.ts": ["/api/checklists/m3-u2-site/pdf", checklistPdfRoute],
  "app/api/resources/steward-briefing/route.ts": ["/api/resources/steward-briefing", briefingRoute],
} as const;
for (const [file, [urlPath, route]] of Object.entries(GET_ONLY_ROUTES)) {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
    TARGETS[`${file}#${method}`] = {
      run: (name) =>
        runProperty(
          name,
          fc.record({ shape: REQUEST_SHAPE, body: hostileString }),
          async ({ shape, body }) => {
            const req = await buildRequest(shape, `${ORIGIN}${urlPath}`, { method, body });
            const res = await checkRoute(async () => route[method](req));
            expect(res.status).toBe(405);
            expect(res.headers.get("allow")).toBe("GET, HEAD");
            return label(res);
          },
          METHOD_REFUSAL_RUNS,
        ),
    };
  }
}

describe("fuzz: route handlers (app/api/**/route.ts)", () => {
  fuzzEveryTarget("routes", TARGETS);
});
