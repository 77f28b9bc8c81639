// Issue #14's scale check: 100,000 learners and 2,000,000 attempts on PostgreSQL (bench/seed.ts
// seedVolume), the rollup job's first and incremental runs, then the statistics page's p95 signed in
// as staff with the second factor, and quiz submissions while the job runs (against the figures
// measured before, in the same run).
import type { ChildProcess } from "node:child_process";
import postgres from "postgres";
import { BASE, cpuPerRequest, load, type LoadResult } from "./harness";
import { benchQuizSubmissions } from "./quiz-submit";
import { seedLearners, seedVolume, type BenchLearner } from "./seed";

const LEARNERS = Number(process.env.BENCH_STATS_LEARNERS ?? 100_000);
const ATTEMPTS = Number(process.env.BENCH_STATS_ATTEMPTS ?? 2_000_000);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - start)];
}

/** A staff member whose session has passed the second factor (what the sign-in's second step records). */
async function staffCookie(databaseUrl: string, passwordHash: string): Promise<string> {
  const [staff] = await seedLearners(databaseUrl, 1, passwordHash);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql`update users set role = 'staff' where id = ${staff!.id}`;
  await sql`update user_sessions set second_factor_at = now() where user_id = ${staff!.id}`;
  await sql.end();
  return staff!.cookie;
}

export async function benchStatistics(
  databaseUrl: string,
  server: ChildProcess,
  learners: BenchLearner[],
  passwordHash: string,
  quizBefore: LoadResult & { serverCpuMsPerRequest?: number },
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  const push = rows.push.bind(rows);
  // Printed as measured: the first rollup over the whole volume takes minutes.
  rows.push = (...items) => {
    for (const item of items) console.log("[bench statistics]", JSON.stringify(item));
    return push(...items);
  };
  // The bench runs the rollup itself, when it measures it: the server's schedule (every 10 minutes,
  // paced) would otherwise fire at random in the run, hold the job's lock for a paced first run over
  // the whole volume, and turn "idle" rounds into rounds with the job running.
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await admin`delete from pgboss.schedule where name = 'statistics-rollup'`;
  await admin`delete from pgboss.job where name = 'statistics-rollup' and state in ('created', 'retry')`;
  await admin.end();
  const [, seedMs] = await timed(() => seedVolume(databaseUrl, LEARNERS, ATTEMPTS, passwordHash));
  rows.push({ name: `seed ${LEARNERS} learners + ${ATTEMPTS} attempts (ms)`, requestsPerSecond: seedMs });
  // The rollup runs in this process on the bench database, as the job would on an instance.
  // Imported here, not at the top: the harness sets the environment the database client reads.
  const { switchDatabase } = await import("../db/client");
  await switchDatabase({ databaseUrl, pgliteDir: "" });
  const { ROLLUP_JOB_PACE, runStatisticsRollup } = await import("../lib/statistics/rollup");
  const [first, firstMs] = await timed(() => runStatisticsRollup());
  rows.push({ name: `rollup, first run (${first.slices} slices of days) (ms)`, requestsPerSecond: firstMs });
  const [, againMs] = await timed(() => runStatisticsRollup());
  rows.push({ name: "rollup, incremental run, flat out (ms)", requestsPerSecond: againMs });
  const [, pacedMs] = await timed(() => runStatisticsRollup(undefined, { pace: ROLLUP_JOB_PACE }));
  rows.push({
    name: "rollup, incremental run, paced as the job runs it (ms)",
    requestsPerSecond: pacedMs,
    target: "a scheduled job, every 10 min",
  });

  const cookie = await staffCookie(databaseUrl, passwordHash);
  const page = (query: string) => ({ url: `${BASE}/fr/staff/statistics${query}`, headers: { cookie } });
  await load("warm-up", { ...page(""), connections: 2, duration: 3 });
  for (const [label, query] of [
    ["30 days (default)", ""],
    [
      "a year, every track",
      `?from=${new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`,
    ],
  ] as const) {
    const result = await cpuPerRequest(server, () =>
      load(`statistics page — ${label}, 4 connections`, { ...page(query), connections: 4, duration: 10 }),
    );
    rows.push({ ...result, target: "p95 ≤ 500 ms" });
  }

  // Quiz submissions on this volume with the job idle and while it runs over and over (its worst case),
  // paced as the scheduled job runs it and flat out. The three alternate over three rounds and each
  // reports its median round, so other load on the machine weighs on all three alike.
  type Quiz = LoadResult & { serverCpuMsPerRequest?: number };
  const conditions = [
    { label: "rollup idle", pace: null },
    { label: "rollup back to back, paced as the job runs it", pace: ROLLUP_JOB_PACE },
    { label: "rollup back to back, flat out", pace: 0 },
  ] as const;
  const rounds: Quiz[][] = conditions.map(() => []);
  for (let round = 0; round < 3; round++) {
    for (const [i, { pace }] of conditions.entries()) {
      let running = pace !== null;
      const loop = (async () => {
        while (running) await runStatisticsRollup(undefined, { pace: pace ?? 0 });
      })();
      const [result] = await benchQuizSubmissions(learners, server, { saturationOnly: true });
      running = false;
      await loop;
      rounds[i]!.push(result!);
    }
  }
  const median = (results: Quiz[]) =>
    [...results].sort((x, y) => x.requestsPerSecond - y.requestsPerSecond)[Math.floor(results.length / 2)]!;
  const [idle, paced, flat] = rounds.map(median) as [Quiz, Quiz, Quiz];
  const change = (a: number, b: number) => `${(((b - a) / Math.max(1, a)) * 100).toFixed(1)} %`;
  for (const [i, result] of [idle, paced, flat].entries()) {
    rows.push({
      ...result,
      name: `quiz submit — saturation, 2M attempts, ${conditions[i]!.label} (median of 3 rounds: ${rounds[i]!.map((r) => r.requestsPerSecond).join(", ")} req/s)`,
      target: i === 1 ? "≥ 90 % of idle" : undefined,
    });
  }
  for (const [label, during] of [
    ["paced", paced],
    ["flat out", flat],
  ] as const) {
    rows.push({
      name: `quiz submit: rollup back to back ${label} vs idle (req/s; CPU ms/request)`,
      requestsPerSecond: change(idle.requestsPerSecond, during.requestsPerSecond),
      serverCpuMsPerRequest: `${idle.serverCpuMsPerRequest} → ${during.serverCpuMsPerRequest}`,
    });
  }
  rows.push({
    name: "quiz submit: 2M attempts, rollup idle vs the empty database at the start of the run (req/s)",
    requestsPerSecond: change(quizBefore.requestsPerSecond, idle.requestsPerSecond),
    serverCpuMsPerRequest: `${quizBefore.serverCpuMsPerRequest} → ${idle.serverCpuMsPerRequest}`,
  });
  return rows;
}
