// `npm run bench`: production build on a fresh PostgreSQL database; prints each figure and writes
// bench/results/*.json. Targets are printed next to the measured values.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { BASE, createBenchDatabase, load, report, serverRssMb, startServer } from "./harness";
import { benchQuizSubmissions } from "./quiz-submit";
import { seedLearners } from "./seed";

async function main() {
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const db = await createBenchDatabase();
  const server = await startServer(db.url);
  try {
    const { hashPassword } = await import("../lib/auth/password");
    const learners = await seedLearners(db.url, 200, await hashPassword("bench password not used"));
    const rows: Record<string, unknown>[] = [];
    const publicPage = await load("public module overview — next start, 100 connections", { url: `${BASE}/fr/modules/comprendre-la-menace`, connections: 100, duration: 10 });
    rows.push({ ...publicPage, target: "≥ 700 req/s, p99 ≤ 300 ms" });
    const unit = { url: `${BASE}/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme`, headers: { cookie: learners[1]!.cookie } };
    rows.push({ ...(await load("signed-in unit page — saturation, 50 connections", { ...unit, connections: 50, duration: 10 })), target: "≥ 150 req/s" });
    rows.push({ ...(await load("signed-in unit page — open loop 75/s", { ...unit, connections: 75, rate: 75, duration: 15 })), target: "p95 ≤ 150 ms" });
    const quiz = await benchQuizSubmissions(learners);
    const quizTargets = ["≥ 250/s, 0 errors", "p95 ≤ 150 ms, p99 ≤ 300 ms", "0 errors"];
    quiz.forEach((r, i) => rows.push({ ...r, target: quizTargets[i] }));
    rows.push({ name: "server peak RSS (MB)", requestsPerSecond: serverRssMb(server), target: "≤ 400 MB" });
    report("bench.json", rows);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
  }
}

void main();
