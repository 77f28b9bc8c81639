// Quiz submissions through the real server action, posted as a browser without JavaScript posts
// the form (multipart, with the action's hidden fields), by many signed-in learners.
import type autocannon from "autocannon";
import { readFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { BASE, cpuPerRequest, load, type LoadResult } from "./harness";
import { actionFields, multipartBody } from "./forms";
import { openLoop } from "./open-loop";
import type { BenchLearner } from "./seed";
import { quizSchema } from "../lib/content/schemas";
import { drawQuestionIds } from "../lib/quiz/draw";
import { seededRandom } from "../lib/quiz/shuffle";

export const QUIZ_PATH = "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz";
const QUIZ_FILE = "content/modules/01-comprendre-la-menace/units/01-qu-est-ce-que-le-terrorisme/quiz.json";

const readQuiz = () => quizSchema.parse(JSON.parse(readFileSync(QUIZ_FILE, "utf8")));

/** The questions every benchmarked attempt asks: one draw from the bank, as the quiz page makes them. */
const BENCH_DRAW = drawQuestionIds(readQuiz(), [], seededRandom(1));

/** Same format as lib/quiz/attempt-token.ts, signed with the bench server's secret. */
export async function attemptToken(userId: string): Promise<string> {
  const { issueAttemptToken } = await import("../lib/quiz/attempt-token");
  return issueAttemptToken(userId, "m1-u1", new Date(), { seed: 1, questionIds: BENCH_DRAW });
}

/** The form fields of a fully correct answer to the benchmarked attempt's questions. */
export function correctAnswers(): [string, string][] {
  return readQuiz()
    .questions.filter((q) => BENCH_DRAW.includes(q.id))
    .flatMap((q) => q.correct.map((c) => [`q_${q.id}`, c] as [string, string]));
}

/** An autocannon request that submits the quiz with a fresh attempt token each time (tokens minted ahead). */
export async function quizSubmissionRequest(
  learners: BenchLearner[],
  count: number,
  origin = BASE,
): Promise<autocannon.Request> {
  const answers = correctAnswers();
  const hidden = await actionFields(origin, QUIZ_PATH, learners[0]!.cookie);
  const pool = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const learner = learners[i % learners.length]!;
      return { cookie: learner.cookie, token: await attemptToken(learner.id) };
    }),
  );
  let next = 0;
  return {
    method: "POST",
    path: QUIZ_PATH,
    setupRequest: (req) => {
      const item = pool[next++ % pool.length]!;
      const { body, contentType } = multipartBody([...hidden, ["locale", "fr"], ["token", item.token], ...answers]);
      return { ...req, headers: { cookie: item.cookie, origin, "content-type": contentType }, body };
    },
  };
}

/** `saturationOnly`: the first figure alone (the statistics scenario measures it again, later in the run). */
export async function benchQuizSubmissions(
  learners: BenchLearner[],
  server: ChildProcess,
  { saturationOnly = false } = {},
): Promise<(LoadResult & { serverCpuMsPerRequest?: number })[]> {
  const base = { url: BASE, requests: [await quizSubmissionRequest(learners, 8000)], expectStatus: 303 };
  await load("warm-up", { ...base, connections: 10, duration: 3 });
  const saturation = await cpuPerRequest(server, () =>
    load("quiz submit — saturation, 50 connections", { ...base, connections: 50, duration: 10 }),
  );
  if (saturationOnly) return [saturation];
  return [
    saturation,
    await openLoop("quiz submit — open loop 100/s", {
      url: BASE,
      requests: base.requests,
      rate: 100,
      duration: 15,
      expectStatus: [303],
    }),
    await load("quiz submit — 200 connections", { ...base, connections: 200, duration: 10 }),
  ];
}
