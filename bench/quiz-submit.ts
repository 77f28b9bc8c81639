// Quiz submissions through the real server action, posted as a browser without JavaScript posts
// the form (multipart, with the action's hidden fields), by many signed-in learners.
import { randomBytes } from "node:crypto";
import type autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { BASE, BENCH_SECRET, load, type LoadResult } from "./harness";
import type { BenchLearner } from "./seed";

export const QUIZ_PATH = "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz";
const QUIZ_FILE = "content/modules/01-comprendre-la-menace/units/01-qu-est-ce-que-le-terrorisme/quiz.json";

/** Same format as lib/quiz/attempt-token.ts, signed with the bench server's secret. */
export async function attemptToken(userId: string): Promise<string> {
  process.env.AUTH_SECRET = BENCH_SECRET;
  const { issueAttemptToken } = await import("../lib/quiz/attempt-token");
  return issueAttemptToken(userId, "m1-u1", new Date());
}

export async function actionFields(cookie: string, base = BASE): Promise<[string, string][]> {
  const html = await (await fetch(`${base}${QUIZ_PATH}`, { headers: { cookie } })).text();
  const fields = [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as [string, string]);
  if (fields.length === 0) throw new Error("no server-action fields found on the quiz page");
  return fields;
}

export function multipart(fields: [string, string][], boundary: string): string {
  return fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
}

/** The form fields of a fully correct answer to the benchmarked quiz. */
export function correctAnswers(): [string, string][] {
  const quiz = JSON.parse(readFileSync(QUIZ_FILE, "utf8")) as { questions: { id: string; correct: string[] }[] };
  return quiz.questions.flatMap((q) => q.correct.map((c) => [`q_${q.id}`, c] as [string, string]));
}

export async function benchQuizSubmissions(learners: BenchLearner[]): Promise<LoadResult[]> {
  const answers = correctAnswers();
  const hidden = await actionFields(learners[0]!.cookie);
  // Tokens are minted ahead so the load generator only sends requests.
  const pool = await Promise.all(Array.from({ length: 6000 }, async (_, i) => {
    const learner = learners[i % learners.length]!;
    return { cookie: learner.cookie, token: await attemptToken(learner.id) };
  }));
  let next = 0;
  const request: autocannon.Request = {
    method: "POST",
    path: QUIZ_PATH,
    setupRequest: (req) => {
      const item = pool[next++ % pool.length]!;
      const boundary = `----vigie${randomBytes(8).toString("hex")}`;
      return {
        ...req,
        headers: { cookie: item.cookie, origin: BASE, "content-type": `multipart/form-data; boundary=${boundary}` },
        body: multipart([...hidden, ["locale", "fr"], ["token", item.token], ...answers], boundary),
      };
    },
  };
  const base = { url: BASE, requests: [request], expectStatus: 303 };
  const rows: LoadResult[] = [];
  await load("warm-up", { ...base, connections: 10, duration: 3 });
  rows.push(await load("quiz submit — saturation, 50 connections", { ...base, connections: 50, duration: 10 }));
  rows.push(await load("quiz submit — open loop 100/s", { ...base, connections: 100, rate: 100, duration: 15 }));
  rows.push(await load("quiz submit — 200 connections", { ...base, connections: 200, duration: 10 }));
  return rows;
}
