// Overload through the production topology: quiz submissions at three times the measured
// saturation for 60 s. nginx admits what the app can work on (64 in flight) and answers the rest
// at once with a 503, Retry-After and a page in the visitor's language.
import { load } from "./harness";
import { multipartBody } from "./forms";
import { attemptToken, correctAnswers, QUIZ_PATH, quizSubmissionRequest } from "./quiz-submit";
import type { BenchLearner } from "./seed";

async function timedSubmission(
  proxyUrl: string,
  learner: BenchLearner,
  hidden: [string, string][],
): Promise<{ ms: number; status: number; retryAfter: string | null; body: string }> {
  const { body, contentType } = multipartBody([
    ...hidden,
    ["locale", "fr"],
    ["token", await attemptToken(learner.id)],
    ...correctAnswers(),
  ]);
  const started = performance.now();
  const response = await fetch(`${proxyUrl}${QUIZ_PATH}`, {
    method: "POST",
    redirect: "manual",
    body,
    headers: { cookie: learner.cookie, origin: proxyUrl, "content-type": contentType },
  });
  const text = await response.text();
  return {
    ms: performance.now() - started,
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: text,
  };
}

export async function benchOverload(
  proxyUrl: string,
  learners: BenchLearner[],
  hidden: [string, string][],
  saturation: number,
) {
  const rate = 3 * saturation;
  const baseline: number[] = [];
  for (let i = 0; i < 10; i++) baseline.push((await timedSubmission(proxyUrl, learners[i]!, hidden)).ms);
  const normal = baseline.sort((a, b) => a - b)[5]!;
  const request = await quizSubmissionRequest(learners, Math.ceil(rate * 65), proxyUrl);
  // Ten seconds into the overload, a burst of 50 more visitors shows what a refused request looks like.
  const probe = (async () => {
    await new Promise((r) => setTimeout(r, 10_000));
    const answers = await Promise.all(
      learners.slice(0, 50).map((l) => timedSubmission(proxyUrl, l, hidden).catch(() => null)),
    );
    return answers.find((a) => a?.status === 503) ?? null;
  })();
  const result = await load(`overload — quiz submissions at 3 × saturation (${rate}/s) through nginx, 60 s`, {
    url: proxyUrl,
    requests: [request],
    connections: 400,
    rate,
    duration: 60,
    expectStatus: 303,
  });
  const r = await probe;
  // Back to normal: the time until a submission is again as quick as twice the usual median.
  const end = performance.now();
  let recoveredAfter = -1;
  for (let i = 0; i < 60; i++) {
    const answer = await timedSubmission(proxyUrl, learners[i % learners.length]!, hidden);
    if (answer.status === 303 && answer.ms <= Math.max(2 * normal, normal + 20)) {
      recoveredAfter = Math.round(performance.now() - end);
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const other = Object.entries(result.statuses)
    .filter(([s]) => s !== "303" && s !== "503")
    .reduce((n, [, c]) => n + c, 0);
  return [
    {
      ...result,
      admitted: result.statuses[303] ?? 0,
      refused503: result.statuses[503] ?? 0,
      otherFailures: other + (result.errors - result.non2xx),
      target: "admitted p99 ≤ 2 s, only 303 or 503",
    },
    {
      name: "overload — a refused request",
      p50: r ? Math.round(r.ms) : null,
      retryAfter: r?.retryAfter ?? "no 503 seen",
      clearPage: r ? /indisponible/.test(r.body) : null,
      target: "quick 503, Retry-After, clear page",
    },
    {
      name: "overload — back to normal after (ms)",
      p50: recoveredAfter,
      usualMedianMs: Math.round(normal),
      target: "≤ 10,000 ms",
    },
  ];
}
