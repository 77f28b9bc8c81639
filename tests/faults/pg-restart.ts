// `npm run test:faults`: 50 learners keep submitting quizzes (through nginx, the production
// topology) while a private PostgreSQL cluster is restarted 5 times. Passes only if the app never
// exits, every request answers within 5 s (success, or a 503 with Retry-After and a clear page),
// every acknowledged submission is stored exactly once despite client retries with the same
// submission key, liveness stays 200, and readiness recovers within 5 s of PostgreSQL accepting.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import postgres from "postgres";
import { report, startServer } from "../../bench/harness";
import { startNginx } from "../../bench/nginx";
import { actionFields, multipartBody } from "../../bench/forms";
import { attemptToken, correctAnswers, QUIZ_PATH } from "../../bench/quiz-submit";
import { seedLearners, type BenchLearner } from "../../bench/seed";
import { createCluster } from "./pg-cluster";

const PG_PORT = 55432;
const APP_PORT = 3250;
const PROXY_PORT = 3251;
const APP = `http://127.0.0.1:${APP_PORT}`;
const RESTARTS = 5;
const LEARNERS = 50;
const ANSWER_WITHIN_MS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Stats {
  acknowledged: Map<string, string>; // token → attempt id
  responses: Record<string, number>;
  violations: string[];
  slowest: number;
}

async function submitUntilAcknowledged(
  proxy: string,
  learner: BenchLearner,
  hidden: [string, string][],
  answers: [string, string][],
  stats: Stats,
  running: () => boolean,
) {
  const token = await attemptToken(learner.id);
  // The client retries the same submission (same token, so the same submission key) until it is acknowledged.
  while (running()) {
    const { body: form, contentType } = multipartBody([...hidden, ["locale", "fr"], ["token", token], ...answers]);
    const started = performance.now();
    let status = "network error";
    try {
      const response = await fetch(`${proxy}${QUIZ_PATH}`, {
        method: "POST",
        redirect: "manual",
        signal: AbortSignal.timeout(15_000),
        headers: { cookie: learner.cookie, origin: proxy, "content-type": contentType },
        body: form,
      });
      const body = await response.text();
      status = String(response.status);
      const elapsed = performance.now() - started;
      stats.slowest = Math.max(stats.slowest, elapsed);
      if (elapsed > ANSWER_WITHIN_MS)
        stats.violations.push(`answer after ${Math.round(elapsed)} ms (status ${status})`);
      if (response.status === 303) {
        const id = /\/result\/([0-9a-f-]{36})/.exec(response.headers.get("location") ?? "")?.[1];
        if (!id) stats.violations.push(`303 without a result location: ${response.headers.get("location")}`);
        const previous = stats.acknowledged.get(token);
        if (previous && previous !== id)
          stats.violations.push(`one submission acknowledged as two attempts: ${previous}, ${id}`);
        stats.acknowledged.set(token, id ?? "");
        stats.responses[status] = (stats.responses[status] ?? 0) + 1;
        return;
      }
      if (response.status === 503) {
        if (!response.headers.get("retry-after")) stats.violations.push("503 without Retry-After");
        if (!/indisponible/.test(body)) stats.violations.push("503 without the unavailable page");
      } else {
        stats.violations.push(`unexpected status ${status}`);
      }
    } catch (error) {
      status = (error as Error).name === "TimeoutError" ? "hang" : "network error";
      stats.violations.push(`${status} after ${Math.round(performance.now() - started)} ms`);
    }
    stats.responses[status] = (stats.responses[status] ?? 0) + 1;
    await sleep(250);
  }
}

async function poll(url: string, onResult: (ok: boolean, at: number) => void, running: () => boolean) {
  while (running()) {
    let ok = false;
    try {
      ok = (await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200;
    } catch {
      ok = false;
    }
    onResult(ok, performance.now());
    await sleep(100);
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const cluster = createCluster(PG_PORT);
  const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
  await admin.unsafe("create database vigie_faults");
  await admin.end();
  const dbUrl = cluster.url.replace(/\/postgres$/, "/vigie_faults");
  const server = await startServer(dbUrl, APP_PORT);
  let serverExit: string | null = null;
  server.on("exit", (code, signal) => (serverExit = `exit code ${code} signal ${signal}`));
  const nginx = await startNginx({ listenPort: PROXY_PORT, upstreamPort: APP_PORT });
  const stats: Stats = { acknowledged: new Map(), responses: {}, violations: [], slowest: 0 };
  const recoveries: number[] = [];
  let livenessFailures = 0;
  let livenessChecks = 0;
  try {
    const { hashPassword } = await import("../../lib/auth/password");
    const learners = await seedLearners(dbUrl, LEARNERS, await hashPassword("fault test password"));
    const hidden = await actionFields(APP, QUIZ_PATH, learners[0]!.cookie);
    const answers = correctAnswers();
    let running = true;
    let ready = true;
    let readySince = 0;
    const monitors = [
      poll(
        `${APP}/api/live`,
        (ok) => {
          livenessChecks += 1;
          if (!ok) livenessFailures += 1;
        },
        () => running,
      ),
      poll(
        `${APP}/api/health`,
        (ok, at) => {
          if (ok && !ready) readySince = at;
          ready = ok;
        },
        () => running,
      ),
    ];
    const workers = learners.map(async (learner) => {
      while (running) await submitUntilAcknowledged(nginx.url, learner, hidden, answers, stats, () => running);
    });
    for (let i = 0; i < RESTARTS; i++) {
      await sleep(4000);
      cluster.stop();
      console.log(`[faults] restart ${i + 1}: PostgreSQL stopped`);
      await sleep(2000);
      cluster.start();
      const accepting = performance.now();
      while (!(ready && readySince >= accepting) && performance.now() - accepting < 30_000) await sleep(50);
      const recovery = Math.round(performance.now() - accepting);
      recoveries.push(recovery);
      console.log(`[faults] restart ${i + 1}: PostgreSQL accepting again, readiness back after ${recovery} ms`);
    }
    await sleep(4000);
    running = false;
    await Promise.all([...workers, ...monitors]);

    const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
    const rows = await sql<{ id: string }[]>`select id from quiz_attempts`;
    const stored = new Set(rows.map((r) => r.id));
    const missing = [...stats.acknowledged.values()].filter((id) => !stored.has(id));
    const [dupes] = await sql<
      { n: number }[]
    >`select count(*)::int as n from (select 1 from quiz_attempts group by user_id, submission_id having count(*) > 1) d`;
    const [drift] = await sql<{ n: number }[]>`
      select count(*)::int as n from unit_progress p
      where p.attempt_count <> (select count(*) from quiz_attempts a where a.user_id = p.user_id and a.unit_id = p.unit_id)`;
    await sql.end();
    if (serverExit) stats.violations.push(`the app process exited (${serverExit})`);
    if (missing.length) stats.violations.push(`${missing.length} acknowledged submissions missing from the database`);
    if (dupes!.n) stats.violations.push(`${dupes!.n} duplicated submissions`);
    if (drift!.n) stats.violations.push(`${drift!.n} progress rows whose attempt count disagrees with the attempts`);
    if (livenessFailures) stats.violations.push(`liveness failed ${livenessFailures} times`);
    const slowRecoveries = recoveries.filter((r) => r > 5000);
    if (slowRecoveries.length)
      stats.violations.push(`readiness recovered after more than 5 s: ${slowRecoveries.join(", ")} ms`);

    report("faults.json", [
      { check: "PostgreSQL restarts", value: RESTARTS, target: "≥ 5" },
      { check: "acknowledged submissions (303)", value: stats.acknowledged.size, target: "all stored" },
      {
        check: "stored attempts",
        value: stored.size,
        target: "= acknowledged (+ any committed before a lost answer, then replayed)",
      },
      { check: "responses by status", value: JSON.stringify(stats.responses), target: "303 or 503 only" },
      { check: "slowest answer (ms)", value: Math.round(stats.slowest), target: "≤ 5000" },
      { check: "readiness recovery after each restart (ms)", value: recoveries.join(", "), target: "≤ 5000 each" },
      { check: "liveness checks / failures", value: `${livenessChecks} / ${livenessFailures}`, target: "0 failures" },
      { check: "app process", value: serverExit ?? "alive", target: "alive" },
      { check: "violations", value: stats.violations.length, target: "0" },
    ]);
    if (stats.violations.length) {
      console.error(`[faults] FAILED:\n  ${[...new Set(stats.violations)].slice(0, 20).join("\n  ")}`);
      process.exitCode = 1;
    } else {
      console.log("[faults] passed");
    }
  } finally {
    await nginx.stop();
    server.kill("SIGTERM");
    await sleep(1000);
    cluster.destroy();
  }
}

void main();
