// `npm run bench:capacity`: the inputs of the capacity model (docs/capacity.md), measured. One
// `next start` on a private PostgreSQL cluster with pg_stat_statements; each request type runs
// alone at low concurrency and gives the app's CPU ms, PostgreSQL's CPU ms and the SQL statements
// per request. The model then sizes a peak of 250,000 connected learners, and one of its
// predictions (p95 of the signed-in unit page at an open-loop rate) is checked by a real run.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type autocannon from "autocannon";
import postgres from "postgres";
import { createCluster } from "../tests/faults/pg-cluster";
import { BASE, load, processTreeCpuMs, report, startServer } from "./harness";
import { sizeFor, predictedP95, type Measured, type RequestKind } from "./capacity-model";
import { openLoop } from "./open-loop";
import { quizSubmissionRequest } from "./quiz-submit";
import { BENCH_PASSWORD, seedLearners } from "./seed";
import { signInRequest } from "./sign-in";

const PG_PORT = Number(process.env.CAPACITY_PG_PORT ?? 55433);
const UNIT = "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme";

async function main() {
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const cluster = createCluster(PG_PORT, ["shared_preload_libraries=pg_stat_statements"]);
  const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
  await admin`create database vigie_capacity`;
  const url = cluster.url.replace(/\/postgres$/, "/vigie_capacity");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`create extension pg_stat_statements`;
  const server = await startServer(url);
  try {
    const { hashPassword } = await import("../lib/auth/password");
    const learners = await seedLearners(url, 200, await hashPassword(BENCH_PASSWORD), 20);
    const signedIn = (path: string, i = 1): autocannon.Request => ({
      method: "GET",
      path,
      headers: { cookie: learners[i]!.cookie },
    });
    const owner = learners.find((l) => l.certificateCode)!;
    const kinds: [RequestKind, autocannon.Request, number][] = [
      ["public page (app, cache miss)", { method: "GET", path: "/fr/modules/comprendre-la-menace" }, 200],
      ["personal part (/api/me, signed in)", signedIn("/api/me"), 200],
      ["signed-in unit page", signedIn(UNIT), 200],
      ["quiz submission", await quizSubmissionRequest(learners, 4000), 303],
      ["sign-in (Argon2id)", await signInRequest(learners), 303],
      [
        "certificate PDF",
        { ...signedIn(`/api/certificates/${owner.certificateCode}/pdf`), headers: { cookie: owner.cookie } },
        200,
      ],
    ];
    const measured: Measured[] = [];
    for (const [kind, request, status] of kinds) {
      await load("warm-up", { url: BASE, requests: [request], connections: 2, duration: 2, expectStatus: status });
      await sql`select pg_stat_statements_reset()`;
      const app0 = processTreeCpuMs(server.pid);
      const pg0 = processTreeCpuMs(cluster.postmasterPid());
      const result = await load(kind, {
        url: BASE,
        requests: [request],
        connections: 4,
        duration: 6,
        expectStatus: status,
      });
      const appMs = (processTreeCpuMs(server.pid) - app0) / result.total;
      const pgMs = (processTreeCpuMs(cluster.postmasterPid()) - pg0) / result.total;
      const [row] = await sql<{ calls: number }[]>`
        select coalesce(sum(calls), 0)::int as calls from pg_stat_statements
        where dbid = (select oid from pg_database where datname = 'vigie_capacity')
          and query not like '%pg_stat_statements%'`;
      measured.push({
        kind,
        appCpuMs: round(appMs),
        pgCpuMs: round(pgMs),
        statements: round(row!.calls / result.total),
        p50: result.p50,
        errors: result.errors,
      });
    }
    report(
      "capacity-inputs.json",
      measured.map((m) => ({ ...m })),
    );
    const size = sizeFor(measured);
    report("capacity-model.json", [size as unknown as Record<string, unknown>]);

    // The check: one instance, signed-in unit pages at an open-loop rate that loads it to ≈ 50 %.
    const unit = measured.find((m) => m.kind === "signed-in unit page")!;
    const rate = Math.round(500 / unit.appCpuMs);
    const predicted = predictedP95(unit, rate);
    const run = await openLoop(`signed-in unit page — open loop ${rate}/s`, {
      url: `${BASE}${UNIT}`,
      requests: [signedIn(UNIT)],
      rate,
      duration: 20,
      expectStatus: [200],
    });
    report("capacity-check.json", [
      {
        name: run.name,
        rate,
        predictedP95: round(predicted),
        measuredP95: run.p95,
        measuredP99: run.p99,
        errors: run.errors,
      },
    ]);
  } finally {
    server.kill("SIGTERM");
    await sql.end();
    await admin.end();
    await new Promise((r) => setTimeout(r, 1000));
    cluster.destroy();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

void main();
