// What an operator sees of a learner's journey (register, confirm, sign in, submit a quiz) on the real
// server: the Prometheus counters move, the quiz submission's trace reaches the OTLP receiver with its
// database spans, and the JSON log has a request id on every request line and no personal data.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_METRICS_TOKEN, E2E_PASSWORD, E2E_USERS, OTLP_DIR, SERVER_LOG } from "../support/e2e-users";
import { drawnQuestionIds, hiddenFields, localPath, mailTo, trackUnits } from "./helpers";

const QUIZ_ROUTE = "/[locale]/learn/[moduleSlug]/[unitSlug]/quiz";
// Letters only: a last name refuses digits.
const tag = Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join("");
const person = {
  firstName: "Observée",
  lastName: `Journalisée${tag}`,
  username: `obs_${tag}`,
  email: `observee-${tag}@example.org`,
};
const journey = { confirmToken: "", quizRequestId: "", quizPath: "", refusedRequestIds: [] as string[] };

/** Sum of a metric's samples whose labels include all of `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split("\n")) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const all = Object.entries(labels).every(([k, v]) => (match[2] ?? "").includes(`${k}="${v}"`));
    if (all) total += Number(match[3]);
  }
  return total;
}

async function scrape(request: APIRequestContext): Promise<string> {
  const res = await request.get("/api/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  return res.text();
}

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: { stringValue?: string } }[];
}

function exportedSpans(): OtlpSpan[] {
  return readdirSync(OTLP_DIR).flatMap((file) => {
    const body = JSON.parse(readFileSync(path.join(OTLP_DIR, file), "utf8")) as {
      resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
    };
    return body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
  });
}

const attribute = (span: OtlpSpan, key: string) => span.attributes?.find((a) => a.key === key)?.value.stringValue;

test.describe.configure({ mode: "serial" });

test("without the token the metrics answer 401 and name nothing", async ({ request }) => {
  const attempts: Record<string, string>[] = [
    {},
    { authorization: "Bearer wrong-0123456789abcdefgh" },
    { cookie: "x=y" },
  ];
  for (const headers of attempts) {
    const res = await request.get("/api/metrics", { headers });
    expect(res.status()).toBe(401);
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(await res.text()).not.toMatch(/vigie_|nodejs_|process_/);
    journey.refusedRequestIds.push(res.headers()["x-request-id"] ?? "");
  }
});

test("a journey moves the sign-in, quiz and request metrics, labelled by route pattern", async ({
  playwright,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const before = await scrape(request);
  const http = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  const get = (url: string) => http.get(url, { maxRedirects: 0 });
  const post = (url: string, fields: Record<string, string>, extra: [string, string][] = []) => {
    const form = new FormData();
    for (const [k, v] of [...Object.entries(fields), ...extra]) form.append(k, v);
    return http.post(url, { multipart: form, maxRedirects: 0 });
  };
  const location = (r: APIResponse) => r.headers()["location"] ?? "";

  const signUp = hiddenFields(await (await get("/fr/sign-up")).text(), 'name="username"', "sign-up");
  const registered = await post("/fr/sign-up", {
    ...signUp,
    ...person,
    password: E2E_PASSWORD,
    track: "public",
    ageConfirmed: "on",
    acceptPolicy: "on",
  });
  expect(registered.status(), "registration").toBe(303);
  const confirmPath = localPath((await mailTo(person.email, "Confirmez votre adresse")).link);
  journey.confirmToken = confirmPath.split("/").pop()!;
  const confirm = hiddenFields(await (await get(confirmPath)).text(), 'name="token"', "confirmation");
  expect((await post(confirmPath, confirm)).status(), "confirmation").toBe(303);
  const signIn = hiddenFields(await (await get("/fr/sign-in")).text(), 'name="identifier"', "sign-in");
  const signedIn = await post("/fr/sign-in", { ...signIn, identifier: person.email, password: E2E_PASSWORD });
  expect(location(signedIn), "sign-in").toContain("/fr/dashboard");

  // A quiz posted without opening the lesson: recorded as a submission refused as too early.
  const unit = trackUnits("public")[0]!;
  journey.quizPath = `/fr/learn/${unit.moduleSlug}/${unit.unitSlug}/quiz`;
  const page = await (await get(journey.quizPath)).text();
  const drawn = drawnQuestionIds(page);
  const answers = unit.quiz
    .filter((q) => drawn.includes(q.id))
    .flatMap((q) => q.correct.map((c) => [`q_${q.id}`, c] as [string, string]));
  const submitted = await post(journey.quizPath, hiddenFields(page, 'name="token"', unit.id), answers);
  expect(submitted.status()).toBeLessThan(500);
  journey.quizRequestId = submitted.headers()["x-request-id"] ?? "";
  expect(journey.quizRequestId).toMatch(/^[0-9a-f-]{36}$/);
  await http.dispose();

  const after = await scrape(request);
  expect(sample(after, "vigie_sign_ins_total", { outcome: "ok" })).toBeGreaterThan(
    sample(before, "vigie_sign_ins_total", { outcome: "ok" }),
  );
  const quizCount = (text: string) => sample(text, "vigie_quiz_submissions_total");
  expect(quizCount(after)).toBeGreaterThan(quizCount(before));
  const quizPosts = (text: string) =>
    sample(text, "vigie_http_request_duration_seconds_count", { method: "POST", route: QUIZ_ROUTE });
  expect(quizPosts(after)).toBeGreaterThan(quizPosts(before));
  // Labels hold patterns: no slug, token or address of this journey.
  expect(after).not.toContain(unit.unitSlug);
  expect(after).not.toContain(journey.confirmToken);
  expect(after).not.toContain(person.email);
  // The other families an operator needs are there.
  for (const name of [
    'vigie_jobs{state="queued"}',
    "vigie_db_queries_in_flight",
    "vigie_db_query_duration_seconds_count",
    "vigie_db_pool_max_connections",
    "nodejs_eventloop_lag_p99_seconds",
  ]) {
    expect(after).toContain(name);
  }
  expect(sample(after, "vigie_db_query_duration_seconds_count")).toBeGreaterThan(0);
});

test("the quiz submission's trace reaches the OTLP receiver with its database spans", async () => {
  test.skip(!journey.quizPath, "needs the journey above");
  let spans: OtlpSpan[] = [];
  let trace: OtlpSpan[] = [];
  await expect
    .poll(
      () => {
        spans = exportedSpans();
        const quizTraces = new Set(
          spans.filter((s) => s.name.includes(QUIZ_ROUTE) && s.name.startsWith("POST")).map((s) => s.traceId),
        );
        trace = spans.filter(
          (s) => quizTraces.has(s.traceId) && /quiz_attempts/.test(attribute(s, "db.query.text") ?? ""),
        );
        return trace.length;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  const dbSpan = trace[0]!;
  expect(dbSpan.kind).toBe(3); // SPAN_KIND_CLIENT
  expect(attribute(dbSpan, "db.system.name")).toBe("postgresql");
  // Nested in the request's trace, under a span of that trace.
  expect(spans.some((s) => s.traceId === dbSpan.traceId && s.spanId === dbSpan.parentSpanId)).toBe(true);
  // Statements go with placeholders, and raw URLs are scrubbed: nothing of the person leaves.
  const exported = JSON.stringify(spans);
  for (const secret of [person.email, person.lastName, person.username, journey.confirmToken]) {
    expect(exported).not.toContain(secret);
  }
});

test("the server's JSON log has request ids and no personal data", async () => {
  test.skip(!journey.quizRequestId, "needs the journey above");
  // The log is written asynchronously: wait for the quiz request's line.
  let lines: Record<string, unknown>[] = [];
  let raw = "";
  await expect
    .poll(
      () => {
        raw = readFileSync(SERVER_LOG, "utf8");
        // Next.js prints its start banner as text; everything the app logs is JSON.
        lines = raw
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        return lines.some((l) => l.requestId === journey.quizRequestId && l.route === QUIZ_ROUTE);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  // A line the route itself writes carries the id of the request it serves (the one returned to the client).
  for (const requestId of journey.refusedRequestIds) {
    expect(lines.some((l) => l.requestId === requestId && /metrics scrape refused/.test(String(l.msg)))).toBe(true);
  }
  for (const line of lines) {
    expect(typeof line.level).toBe("string");
    if (line.msg === "request") expect(line.requestId).toEqual(expect.any(String));
  }
  expect(raw).not.toMatch(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u); // no address, of anyone
  expect(raw).not.toMatch(/https?:\/\/[^\s"/]+\/[^\s"]*[A-Za-z0-9_-]{24}/); // no link with a token
  const seededNames = ["Zoë", "Œlschläger", "Propriétaire", "Formulaire", ...Object.values(E2E_USERS)];
  for (const secret of [person.lastName, person.username, person.email, journey.confirmToken, ...seededNames]) {
    expect(raw, secret).not.toContain(secret);
  }
});
