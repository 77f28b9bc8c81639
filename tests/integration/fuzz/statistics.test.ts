// Property-based tests of the statistics CSV route and page on hostile input: only staff who passed
// the second factor get figures (anyone else the visitor's 404 or the page's refusal), a bad range is a
// 400 or a message that says why (never a 500 or a query on it), and no CSV cell starts a formula.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", () => import("../../support/next-intl-server"));

import type { User } from "@/db/schema";
import * as csvRoute from "@/app/api/staff/statistics/[table]/route";
import StatisticsPage from "@/app/[locale]/(learner)/staff/statistics/page";
import { TABLE_IDS } from "@/lib/statistics/report";
import { runStatisticsRollup } from "@/lib/statistics/rollup";
import { answersFor, createLearner, submit } from "../../support/factories";
import { makeStaff, passSecondFactor } from "../../support/staff";
import {
  AUTH_STATE,
  CLIENT_IP,
  buildRequest,
  checkRoute,
  ensure,
  fuzzEveryTarget,
  hostileString,
  newRequest,
  prepareFuzzing,
  METHOD_REFUSAL_RUNS,
  runProperty,
  statusLabel as label,
  urlPart,
  type FuzzTarget,
} from "../../support/fuzz";
import { ORIGIN } from "../../support/next-request-mock";

let staff: User;
let learner: User;

beforeAll(async () => {
  await prepareFuzzing();
  staff = await makeStaff(await createLearner({ firstName: "Sam", lastName: "Équipe" }));
  learner = await createLearner({ firstName: '=HYPERLINK("x")', lastName: "@SUM(A1)" });
  await submit(learner.id, "m1-u1", answersFor("m1-u1", true));
  await runStatisticsRollup();
}, 120_000);

const WHO = fc.constantFrom("staff", "staff", "staffNo2fa", "learner");
const DAY = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date("2023-06-01"), max: new Date("2027-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom("", "2026-02-30", "0000-00-00", "9999-12-31", "2026-1-1", "-1") },
  { weight: 1, arbitrary: hostileString },
);
const TRACK = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("all", "public", "professional") },
  { weight: 1, arbitrary: hostileString },
);
const TABLE = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TABLE_IDS) },
  { weight: 1, arbitrary: hostileString },
);

/** A session for `who`; true when it is staff who passed the second factor. */
async function sessionFor(ip: string, auth: Parameters<typeof newRequest>[1], who: string): Promise<boolean> {
  const session = await newRequest(ip, auth, who === "learner" ? learner : staff);
  if (session && who === "staff") await passSecondFactor(session.sid);
  return session !== null && who === "staff";
}

const TARGETS: Record<string, FuzzTarget> = {
  "app/api/staff/statistics/[table]/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: WHO,
          table: TABLE,
          from: fc.option(DAY),
          to: fc.option(DAY),
          track: fc.option(TRACK),
        }),
        async ({ ip, auth, who, table, from, to, track }) => {
          const query = new URLSearchParams();
          if (from !== null) query.set("from", from.toWellFormed().slice(0, 2000));
          if (to !== null) query.set("to", to.toWellFormed().slice(0, 2000));
          if (track !== null) query.set("track", track.toWellFormed().slice(0, 2000));
          const param = table.toWellFormed().slice(0, 1000);
          const req = await buildRequest(
            { ip, auth: "out", who: "owner", headers: [] },
            `${ORIGIN}/api/staff/statistics/${urlPart(param)}?${query}`,
          );
          const isStaff = await sessionFor(ip, auth, who);
          const res = await checkRoute(() => csvRoute.GET(req, { params: Promise.resolve({ table: param }) }), {
            mayWrite: (r) => (r.status === 200 ? ["audit_events"] : []),
          });
          if (!isStaff || !(TABLE_IDS as readonly string[]).includes(param)) expect(res.status).toBe(404);
          else expect([200, 400]).toContain(res.status);
          expect(res.headers.get("cache-control")).toBe("private, no-store");
          if (res.status === 200) {
            const csv = (await res.text()).replace(/^\uFEFF/, "");
            for (const cell of csv.split(/\r\n|,/))
              ensure(!/^[=+@\t]/.test(cell) && !/^-[^0-9]/.test(cell), () => `formula-like cell ${cell}`);
          }
          return `${isStaff ? "staff" : "not staff"}: ${label(res)}`;
        },
      ),
  },
};
for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
  TARGETS[`app/api/staff/statistics/[table]/route.ts#${method}`] = {
    run: (name) =>
      runProperty(
        name,
        fc.record({ ip: CLIENT_IP, auth: AUTH_STATE, who: WHO, body: hostileString }),
        async ({ ip, auth, who, body }) => {
          const req = await buildRequest(
            { ip, auth: "out", who: "owner", headers: [] },
            `${ORIGIN}/api/staff/statistics/daily`,
            { method, body },
          );
          await sessionFor(ip, auth, who);
          const res = await checkRoute(async () => csvRoute[method](req));
          expect(res.status).toBe(405);
          return label(res);
        },
        METHOD_REFUSAL_RUNS,
      ),
  };
}

describe("fuzz: staff statistics (CSV route and page)", () => {
  fuzzEveryTarget("statistics", TARGETS);

  it("renders the page for any query string, with a message for a bad range and never the bad range's query", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(DAY),
        fc.option(DAY),
        fc.option(TRACK),
        fc.constantFrom("fr", "en"),
        async (from, to, track, locale) => {
          await sessionFor("198.51.100.1", "recent", "staff");
          const searchParams = Object.fromEntries(
            Object.entries({ from, to, track })
              .filter(([, v]) => v !== null)
              .map(([k, v]) => [k, v!.toWellFormed()]),
          );
          const html = renderToStaticMarkup(
            await StatisticsPage({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(searchParams) }),
          );
          expect(html).toContain('role="img"');
          for (const id of TABLE_IDS) expect(html).toContain(`/api/staff/statistics/${id}?`);
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
