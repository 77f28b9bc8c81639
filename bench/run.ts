// `npm run bench` (or `BENCH_ONLY=quiz,signin npm run bench`): the production build on a fresh PostgreSQL database, nginx with
// the project's config in front; prints each figure with its target and writes bench/results/*.json.
// Scenarios: public, unit, quiz, signin, campaign, overload, statistics (all by default; statistics seeds
// 100,000 learners and 2,000,000 attempts, and runs the quiz scenario first to compare with).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BASE, cpuPerRequest, createBenchDatabase, load, PORT, report, startServer, trackPeakRss } from "./harness";
import { benchCampaignDay } from "./campaign-day";
import { actionFields } from "./forms";
import { startNginx } from "./nginx";
import { openLoop } from "./open-loop";
import { benchOverload } from "./overload";
import { benchPublicPages, snapshotPublicPage } from "./public-pages";
import { benchQuizSubmissions, QUIZ_PATH } from "./quiz-submit";
import { BENCH_PASSWORD, seedLearners } from "./seed";
import { benchSignInBurst } from "./sign-in";
import { benchStatistics } from "./statistics";

const ALL = ["public", "unit", "quiz", "signin", "campaign", "overload", "statistics"];

async function main() {
  const wanted = new Set(process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",") : ALL);
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const db = await createBenchDatabase();
  const server = await startServer(db.url);
  const rss = trackPeakRss(server);
  const staticFile = path.join(os.tmpdir(), `vigie-bench-page-${process.pid}.html`);
  const htmlBytes = await snapshotPublicPage(staticFile);
  const nginx = await startNginx({ listenPort: PORT + 1, upstreamPort: PORT, staticFile });
  const rows: Record<string, unknown>[] = [];
  try {
    const { hashPassword } = await import("../lib/auth/password");
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const learners = await seedLearners(db.url, 200, passwordHash, 20);
    if (wanted.has("public")) rows.push(...(await benchPublicPages(nginx, htmlBytes)));
    if (wanted.has("unit")) {
      const unit = {
        url: `${BASE}/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme`,
        headers: { cookie: learners[1]!.cookie },
      };
      rows.push({
        ...(await cpuPerRequest(server, () =>
          load("signed-in unit page — saturation, 50 connections", { ...unit, connections: 50, duration: 10 }),
        )),
        target: "≥ 150 req/s",
      });
      rows.push({
        ...(await openLoop("signed-in unit page — open loop 75/s", {
          url: unit.url,
          requests: [{ method: "GET", path: new URL(unit.url).pathname, headers: unit.headers }],
          rate: 75,
          duration: 15,
          expectStatus: [200],
        })),
        target: "p95 ≤ 150 ms",
      });
    }
    let quizSaturation = 150;
    let quizBefore: Awaited<ReturnType<typeof benchQuizSubmissions>>[number] | undefined;
    if (wanted.has("quiz") || wanted.has("statistics")) {
      const quiz = await benchQuizSubmissions(learners, server, { saturationOnly: !wanted.has("quiz") });
      quizBefore = quiz[0];
      quizSaturation = quiz[0]!.requestsPerSecond;
      const targets = ["≥ 250/s, 0 errors", "p95 ≤ 150 ms, p99 ≤ 300 ms", "0 errors"];
      quiz.forEach((r, i) => rows.push({ ...r, target: targets[i] }));
    }
    if (wanted.has("signin")) rows.push(...(await benchSignInBurst(learners)));
    if (wanted.has("campaign")) rows.push(...(await benchCampaignDay(learners, server)));
    if (wanted.has("overload"))
      rows.push(
        ...(await benchOverload(
          nginx.url,
          learners,
          await actionFields(BASE, QUIZ_PATH, learners[0]!.cookie),
          quizSaturation,
        )),
      );
    if (wanted.has("statistics"))
      rows.push(...(await benchStatistics(db.url, server, learners, passwordHash, quizBefore!)));
    rows.push({ name: "server peak RSS (MB)", requestsPerSecond: rss.peak(), target: "≤ 400 MB" });
    report(
      "bench.json",
      rows.map(({ statuses, ...row }) => ({
        ...row,
        ...(statuses && (Object.keys(statuses).length > 1 || row.non2xx) ? { statuses: JSON.stringify(statuses) } : {}),
      })),
    );
  } finally {
    rss.stop();
    await nginx.stop();
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
  }
}

void main();
