// A "campaign day" mix at a steady 100 requests/s: 60 % public pages, 25 % unit pages, 12 % quiz
// submissions, 2 % sign-ins, 1 % certificate downloads, run three times in a row to watch memory.
import type { ChildProcess } from "node:child_process";
import type autocannon from "autocannon";
import { BASE, serverRssMb } from "./harness";
import { openLoop } from "./open-loop";
import { quizSubmissionRequest } from "./quiz-submit";
import type { BenchLearner } from "./seed";
import { signInRequest } from "./sign-in";

const PUBLIC = [
  "/fr",
  "/fr/modules",
  "/fr/modules/comprendre-la-menace",
  "/fr/modules/tous-impliques",
  "/en/modules/professionnels",
  "/fr/faq",
  "/en",
  "/fr/policies/privacy",
];
const UNITS = [
  "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme",
  "/fr/learn/comprendre-la-menace/le-plan-vigipirate",
  "/fr/learn/tous-impliques/reagir",
  "/en/learn/tous-impliques/se-preparer",
];

/** The mix of 100 requests, in a fixed order; `origin` is the address they are sent to (the server or a proxy). */
export async function campaignSequence(learners: BenchLearner[], origin = BASE): Promise<autocannon.Request[]> {
  const quiz = await quizSubmissionRequest(learners, 8000, origin);
  const signIn = await signInRequest(learners, origin);
  const owners = learners.filter((l) => l.certificateCode);
  const mix: autocannon.Request[] = [];
  for (let i = 0; i < 60; i++) mix.push({ method: "GET", path: PUBLIC[i % PUBLIC.length]! });
  for (let i = 0; i < 25; i++)
    mix.push({ method: "GET", path: UNITS[i % UNITS.length]!, headers: { cookie: learners[i]!.cookie } });
  for (let i = 0; i < 12; i++) mix.push(quiz);
  for (let i = 0; i < 2; i++) mix.push(signIn);
  const owner = owners[0]!;
  mix.push({
    method: "GET",
    path: `/api/certificates/${owner.certificateCode}/pdf`,
    headers: { cookie: owner.cookie },
  });
  // A fixed interleaving so every connection sees the same mix (a seeded shuffle).
  let seed = 7;
  for (let i = mix.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [mix[i], mix[j]] = [mix[j]!, mix[i]!];
  }
  return mix;
}

export async function benchCampaignDay(learners: BenchLearner[], server: ChildProcess) {
  const requests = await campaignSequence(learners);
  const rows: Record<string, unknown>[] = [];
  const rss: number[] = [];
  // A warm-up first: memory grows once while code is compiled and caches fill; a leak grows every run.
  await openLoop("campaign day — warm-up", { url: BASE, requests, rate: 100, duration: 10, expectStatus: [200, 303] });
  for (let run = 1; run <= 3; run++) {
    const result = await openLoop(`campaign day — open loop 100 req/s, run ${run}/3`, {
      url: BASE,
      requests,
      rate: 100,
      duration: 20,
      expectStatus: [200, 303],
    });
    rss.push(serverRssMb(server));
    rows.push({ ...result, rssAfterMb: rss.at(-1), target: "p95 ≤ 250 ms, 0 errors" });
  }
  const growth = Math.round((1000 * (rss[2]! - rss[0]!)) / rss[0]!) / 10;
  rows.push({ name: "server RSS growth over the three runs (%)", requestsPerSecond: growth, target: "≤ 10 %" });
  return rows;
}
