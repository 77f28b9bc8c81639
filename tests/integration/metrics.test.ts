// GET /api/metrics: absent without METRICS_TOKEN, 401 without the right bearer token, and the counts an
// operator needs once authorised (sign-ins by outcome, jobs from the outbox until the job engine says).
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { authenticate } from "@/lib/auth/sign-in";
import { setJobCountsSource } from "@/lib/observability/metrics";
import { createLearner, PASSWORD } from "../support/factories";
import { inRequest, ORIGIN } from "../support/next-request-mock";

const TOKEN = "integration-metrics-token-0123456789";

async function metricsRoute(token: string | undefined) {
  if (token === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = token;
  vi.resetModules(); // lib/env.mjs reads the environment once per module instance
  return import("@/app/api/metrics/route");
}

async function get(route: Awaited<ReturnType<typeof metricsRoute>>, authorization?: string) {
  const request = new Request(`${ORIGIN}/api/metrics`, { headers: authorization ? { authorization } : {} });
  const answer = await inRequest(() => route.GET(request));
  if ("thrown" in answer) throw answer.thrown;
  return answer.value;
}

const sample = (text: string, line: string) =>
  Number(new RegExp(`^${line.replace(/[{}"]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? 0);

describe("GET /api/metrics", () => {
  it("does not exist when METRICS_TOKEN is unset", async () => {
    const res = await get(await metricsRoute(undefined), `Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a missing or wrong token without naming a metric", async () => {
    const route = await metricsRoute(TOKEN);
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`]) {
      const res = await get(route, authorization);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toMatch(/vigie_|nodejs_|process_/);
    }
  });

  it("counts sign-ins by outcome, and jobs from the outbox until a job engine registers its counts", async () => {
    const route = await metricsRoute(TOKEN);
    const before = await (await get(route, `Bearer ${TOKEN}`)).text();
    const learner = await createLearner();
    expect((await authenticate(learner.username, PASSWORD, "192.0.2.1")).ok).toBe(true);
    expect((await authenticate(learner.username, "wrong password here", "192.0.2.1")).ok).toBe(false);
    await db.insert(emailOutbox).values([
      { toAddress: "a@example.org", template: "welcome", subject: "s", status: "pending" },
      { toAddress: "b@example.org", template: "welcome", subject: "s", status: "failed" },
    ]);
    const res = await get(route, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const after = await res.text();
    for (const outcome of ["ok", "invalid"]) {
      const line = `vigie_sign_ins_total{outcome="${outcome}"}`;
      expect(sample(after, line)).toBe(sample(before, line) + 1);
    }
    expect(sample(after, 'vigie_jobs{state="queued"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'vigie_jobs{state="failed"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, "vigie_db_query_duration_seconds_count")).toBeGreaterThan(0);
    expect(after).not.toContain("a@example.org");

    setJobCountsSource(async () => ({ queued: 7, active: 2, failed: 1 }));
    const engine = await (await get(route, `Bearer ${TOKEN}`)).text();
    expect(sample(engine, 'vigie_jobs{state="queued"}')).toBe(7);
    expect(sample(engine, 'vigie_jobs{state="active"}')).toBe(2);
  });
});
