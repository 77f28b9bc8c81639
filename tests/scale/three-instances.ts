// `npm run test:scale`: three `next start` instances on one fresh PostgreSQL database behind the
// project's nginx (upstream of three), a real SMTP sink, learners doing the campaign-day mix at a steady
// open-loop rate plus sign-ups and password-reset requests (emails), while one instance is killed with
// SIGKILL and restarted. Fails on a submission stored zero or two times, an email delivered zero or two
// times (counted by the job id it carries), a session or a throttle not shared, a learner warned or
// deleted twice by the purge started on all three at once, an answer other than 2xx/3xx (or nginx's 503
// with Retry-After while the instance is down), or an instance exiting on its own. Also measures the
// campaign mix's throughput and server CPU per request with one and with three instances.
import { execFileSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import type http from "node:http";
import type autocannon from "autocannon";
import postgres from "postgres";
import { campaignSequence } from "../../bench/campaign-day";
import { cpuPerRequest, createBenchDatabase, load, PORT, report, startServer } from "../../bench/harness";
import { startNginx } from "../../bench/nginx";
import { openLoop, type Concrete } from "../../bench/open-loop";
import { QUIZ_PATH } from "../../bench/quiz-submit";
import { BENCH_PASSWORD, seedLearners } from "../../bench/seed";
import { formField, resetRequest, signUpRequest } from "./email-requests";
import {
  checkRetention,
  checkSessionEverywhere,
  checkThrottleAcrossInstances,
  seedRetentionLearners,
  THROTTLE_FAILURES,
  signInThrough,
  triggerCronEverywhere,
} from "./shared-state";
import { startSmtpSink } from "./smtp-sink";

const SMTP_PORT = Number(process.env.SCALE_SMTP_PORT ?? 2525);
const RATE = Number(process.env.SCALE_RATE ?? 50);
const SECONDS = Number(process.env.SCALE_SECONDS ?? 65);
const KILL_AFTER_S = 15;
const DOWN_FOR_MS = 5000;
/** An email job whose runner died is retried once pg-boss expires it (120 s, lib/jobs/queues) and maintenance sees it. */
const DRAIN_LIMIT_MS = 240_000;
const CRON_SECRET = "scale-test-cron-secret-0123456789";
const RETENTION_LEARNERS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Instance {
  port: number;
  url: string;
  process?: ChildProcess;
  killing: boolean;
}

const violations: string[] = [];
const exits: string[] = [];

async function launch(instance: Instance, databaseUrl: string, appUrl: string): Promise<void> {
  const env = { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, CRON_SECRET, DB_POOL_MAX: "10" };
  const child = await startServer(databaseUrl, instance.port, { env, appUrl, detached: true });
  child.stdout?.resume();
  child.on("exit", (code, signal) => {
    if (!instance.killing) exits.push(`instance :${instance.port} exited on its own (code ${code}, signal ${signal})`);
  });
  instance.process = child;
  instance.killing = false;
}

function stopGroup(instance: Instance, signal: NodeJS.Signals) {
  instance.killing = true;
  try {
    process.kill(-instance.process!.pid!, signal);
  } catch {
    /* already gone */
  }
}

/** Acknowledged work, to check in the database and at the sink afterwards. */
const acknowledged = { quiz: new Map<string, string>(), signUps: new Set<string>(), resets: new Set<string>() };
let downWindow: { from: number; to: number } | null = null;
let runStarted = 0;
/** Unexpected answers by second of the run, to tell a kill's aftermath from a slow machine. */
const unexpectedBySecond: Record<number, number> = {};
const answers: Record<string, number> = {};

function recordAnswer(request: Concrete, answer: http.IncomingMessage | Error) {
  const what = `${request.method} ${request.path}`;
  if (answer instanceof Error) {
    violations.push(`${what}: ${answer.message}`);
    return;
  }
  const status = answer.statusCode ?? 0;
  const now = performance.now();
  const instanceDown = downWindow && now >= downWindow.from && now <= downWindow.to;
  if (status === 503 && instanceDown && answer.headers["retry-after"]) {
    answers["503 (instance down)"] = (answers["503 (instance down)"] ?? 0) + 1;
    return;
  }
  answers[status] = (answers[status] ?? 0) + 1;
  if (status >= 400 || status < 200) {
    violations.push(`${what} answered ${status}${instanceDown ? " (instance down)" : ""}`);
    const second = Math.floor((now - runStarted) / 1000);
    unexpectedBySecond[second] = (unexpectedBySecond[second] ?? 0) + 1;
    return;
  }
  if (status !== 303 || request.method !== "POST") return;
  const location = String(answer.headers.location ?? "");
  if (request.path === QUIZ_PATH) {
    const id = /\/result\/([0-9a-f-]{36})/.exec(location)?.[1];
    const token = formField(request.body, "token") ?? "";
    if (!id) violations.push(`quiz 303 without a result: ${location}`);
    else if (acknowledged.quiz.has(token) && acknowledged.quiz.get(token) !== id)
      violations.push("one submission acknowledged as two attempts");
    else acknowledged.quiz.set(token, id);
  } else if (request.path === "/fr/sign-up" && location.endsWith("/sign-up/check-email")) {
    acknowledged.signUps.add(formField(request.body, "email")!);
  } else if (request.path === "/fr/forgot-password") {
    acknowledged.resets.add(formField(request.body, "email")!);
  }
}

/** The campaign mix with three sign-ups and one password-reset request every hundred requests. */
function withEmails(mix: autocannon.Request[], signUp: autocannon.Request, reset: autocannon.Request) {
  const out = [...mix];
  out.splice(90, 0, reset);
  for (const at of [75, 50, 25]) out.splice(at, 0, signUp);
  return out;
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const started = performance.now();
  const sink = await startSmtpSink(SMTP_PORT, 1500);
  const db = await createBenchDatabase("vigie_scale");
  const instances: Instance[] = [1, 2, 3].map((i) => ({
    port: PORT + i,
    url: `http://127.0.0.1:${PORT + i}`,
    killing: false,
  }));
  const bases = instances.map((i) => i.url);
  const proxyUrl = `http://127.0.0.1:${PORT}`;
  const nginx: { stop: () => Promise<void> }[] = [];
  try {
    // All three start at once on the empty database: migrations and the job engine's schema are serialised.
    await Promise.all(instances.map((i) => launch(i, db.url, proxyUrl)));
    const proxy = await startNginx({
      listenPort: PORT,
      upstreamPorts: instances.map((i) => i.port),
      clientAddressFromHeader: true,
    });
    const single = await startNginx({
      listenPort: PORT + 4,
      upstreamPort: instances[0]!.port,
      clientAddressFromHeader: true,
    });
    nginx.push(proxy, single);
    console.log(`[scale] three instances and nginx up after ${Math.round((performance.now() - started) / 1000)} s`);

    const { hashPassword } = await import("../../lib/auth/password");
    const hash = await hashPassword(BENCH_PASSWORD);
    const learners = await seedLearners(db.url, 200, hash, 20);
    const retention = await seedRetentionLearners(db.url, RETENTION_LEARNERS, hash);

    // Sessions and throttling are shared.
    const signedIn = await signInThrough(bases[0]!, learners[198]!.username, BENCH_PASSWORD, 8000);
    if (!signedIn.cookie) violations.push(`sign-in through ${bases[0]} answered ${signedIn.status}`);
    else violations.push(...(await checkSessionEverywhere(bases, signedIn.cookie, bases[0]!)));
    const throttle = await checkThrottleAcrossInstances(db.url, bases, learners[199]!, BENCH_PASSWORD);
    violations.push(...throttle.problems);

    // 1 vs 3 instances: the same closed-loop campaign mix, through nginx either way.
    // Warm-up: each instance loads its routes on first use, and each nginx fills its page cache.
    for (const url of [proxyUrl, `http://127.0.0.1:${PORT + 4}`]) {
      const requests = await campaignSequence(learners.slice(0, 150), url);
      await load("warm-up", { url, requests, connections: 8, duration: 5, expectStatus: [200, 303] });
    }
    const loadRows: Record<string, unknown>[] = [];
    for (const [label, url, servers] of [
      ["campaign mix, 1 instance, 32 connections", `http://127.0.0.1:${PORT + 4}`, [instances[0]!.process!]],
      ["campaign mix, 3 instances, 32 connections", proxyUrl, instances.map((i) => i.process!)],
    ] as const) {
      const requests = await campaignSequence(learners.slice(0, 150), url);
      const run = await cpuPerRequest([...servers], () =>
        load(label, { url, requests, connections: 32, duration: 12, expectStatus: [200, 303] }),
      );
      loadRows.push({
        name: run.name,
        requestsPerSecond: run.requestsPerSecond,
        p50: run.p50,
        p95: run.p95,
        errors: run.errors,
        serverCpuMsPerRequest: run.serverCpuMsPerRequest,
      });
    }

    // The run: a steady open-loop rate through nginx; one instance killed and restarted.
    const mix = withEmails(
      await campaignSequence(learners.slice(0, 150), proxyUrl),
      await signUpRequest(proxyUrl),
      await resetRequest(proxyUrl, learners.slice(150, 198)),
    );
    const victim = instances[1]!;
    const timeline: string[] = [];
    const chaos = (async () => {
      await sleep(KILL_AFTER_S * 1000);
      // Emails queued on the victim just before it dies: their jobs are running there (the sink holds each for 1.5 s).
      const direct = await signUpRequest(victim.url);
      for (let i = 0; i < 4; i++) {
        const req = (direct.setupRequest as (r: Concrete) => Concrete)({ method: "POST", path: "/fr/sign-up" });
        const r = await fetch(`${victim.url}/fr/sign-up`, {
          method: "POST",
          redirect: "manual",
          headers: req.headers,
          body: String(req.body),
        });
        await r.arrayBuffer();
        if (r.status === 303) acknowledged.signUps.add(formField(req.body, "email")!);
        else violations.push(`direct sign-up on the victim answered ${r.status}`);
      }
      downWindow = { from: performance.now(), to: Infinity };
      timeline.push(`killed at ${Math.round((performance.now() - runStarted) / 1000)} s`);
      stopGroup(victim, "SIGKILL");
      console.log(`[scale] instance :${victim.port} killed (SIGKILL)`);
      await sleep(DOWN_FOR_MS);
      const restarting = performance.now();
      await launch(victim, db.url, proxyUrl);
      console.log(
        `[scale] instance :${victim.port} restarted, healthy after ${Math.round(performance.now() - restarting)} ms`,
      );
      // nginx retries a server marked failed after fail_timeout (10 s by default).
      downWindow.to = performance.now() + 10_000;
      timeline.push(`healthy again at ${Math.round((performance.now() - runStarted) / 1000)} s`);
    })();
    runStarted = performance.now();
    const main = await openLoop(`campaign mix + emails, open loop ${RATE}/s, 3 instances, one killed`, {
      url: proxyUrl,
      requests: mix,
      rate: RATE,
      duration: SECONDS,
      expectStatus: [200, 303],
      onResponse: recordAnswer,
    });
    await chaos;

    // A session created before the kill, and one created through the restarted instance, work everywhere.
    if (signedIn.cookie) violations.push(...(await checkSessionEverywhere(bases, signedIn.cookie, bases[0]!)));
    const late = await signInThrough(victim.url, learners[197]!.username, BENCH_PASSWORD, 8001);
    if (!late.cookie) violations.push(`sign-in through the restarted instance answered ${late.status}`);
    else violations.push(...(await checkSessionEverywhere(bases, late.cookie, victim.url)));

    // The purge, started on all three instances at the same moment.
    violations.push(...(await triggerCronEverywhere(db.url, bases, CRON_SECRET, 2)));

    // Wait (bounded) for every recorded email to be sent; the cron route's maintenance puts back the jobs
    // whose runner died, as a scheduler calling it every minute would.
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    const drainStarted = performance.now();
    let pending = 0;
    for (;;) {
      const [row] = await sql<{ n: number }[]>`
        select (select count(*) from email_outbox where status <> 'sent')::int
             + (select count(*) from pgboss.job where state in ('created', 'retry', 'active'))::int as n`;
      pending = row!.n;
      if (pending === 0 || performance.now() - drainStarted > DRAIN_LIMIT_MS) break;
      await sleep(10_000);
      await fetch(`${bases[0]}/api/cron/purge`, { headers: { authorization: `Bearer ${CRON_SECRET}` } })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
    }
    const drainSeconds = Math.round((performance.now() - drainStarted) / 1000);
    if (pending) violations.push(`${pending} emails or jobs still pending after ${drainSeconds} s`);

    // Quiz submissions: every acknowledged one stored, none twice.
    const attempts = new Set((await sql<{ id: string }[]>`select id from quiz_attempts`).map((r) => r.id));
    const missing = [...acknowledged.quiz.values()].filter((id) => !attempts.has(id)).length;
    if (missing) violations.push(`${missing} acknowledged quiz submissions not stored`);
    const [dupes] = await sql<{ n: number }[]>`
      select count(*)::int as n from (select 1 from quiz_attempts group by user_id, submission_id having count(*) > 1) d`;
    if (dupes!.n) violations.push(`${dupes!.n} quiz submissions stored twice`);

    // Emails: each recorded one delivered once (by job id); each acknowledged request's email arrived once.
    const outbox = await sql<{ id: string; status: string }[]>`select id, status from email_outbox`;
    const retried = await sql<{ n: number }[]>`
      select count(*)::int as n from pgboss.job where name = 'email' and retry_count > 0`;
    await sql.end();
    const byJob = sink.byJobId();
    const byRecipient = sink.byRecipient();
    const notOnce = outbox.filter((r) => (byJob.get(r.id) ?? 0) !== 1);
    for (const r of notOnce.slice(0, 5))
      violations.push(`email job ${r.id} (${r.status}) delivered ${byJob.get(r.id) ?? 0} times`);
    if (notOnce.length > 5) violations.push(`… ${notOnce.length} emails in all not delivered exactly once`);
    const twice = [...byJob].filter(([id, n]) => id !== "unrecorded" && n > 1);
    if (twice.length) violations.push(`${twice.length} job ids delivered more than once`);
    for (const address of [...acknowledged.signUps, ...acknowledged.resets]) {
      const n = byRecipient.get(address.toLowerCase()) ?? 0;
      if (n !== 1) violations.push(`acknowledged request for ${address}: ${n} emails`);
    }
    const purge = await checkRetention(db.url, retention, (a) => byRecipient.get(a.toLowerCase()) ?? 0);
    violations.push(...purge.problems, ...exits);

    report("scale.json", [
      ...loadRows,
      {
        name: main.name,
        requestsPerSecond: main.requestsPerSecond,
        p50: main.p50,
        p95: main.p95,
        errors: main.errors,
      },
      { check: "kill and restart", value: timeline.join(", "), target: "" },
      { check: "unexpected answers by second of the run", value: JSON.stringify(unexpectedBySecond), target: "none" },
      {
        check: "answers by status",
        value: JSON.stringify(answers),
        target: "2xx/3xx; 503 + Retry-After only while down",
      },
      {
        check: "quiz submissions acknowledged / stored twice",
        value: `${acknowledged.quiz.size} / ${dupes!.n}`,
        target: "all stored, 0 twice",
      },
      {
        check: "emails recorded / delivered / jobs retried after the kill",
        value: `${outbox.length} / ${sink.deliveries.length} / ${retried[0]!.n}`,
        target: "each once",
      },
      {
        check: "sign-ups / reset requests acknowledged",
        value: `${acknowledged.signUps.size} / ${acknowledged.resets.size}`,
        target: "one email each",
      },
      {
        check: "messages the sink dropped (sender killed mid-send)",
        value: sink.abandoned,
        target: "redelivered by a retry",
      },
      {
        check: "throttle counters after failures on 3 instances",
        value: throttle.counts,
        target: `${THROTTLE_FAILURES} each, blocked`,
      },
      {
        check: "retention purge on 3 instances at once",
        value: purge.summary,
        target: `${RETENTION_LEARNERS} warned, ${RETENTION_LEARNERS} deleted, once each`,
      },
      { check: "drain after the run (s)", value: drainSeconds, target: `≤ ${DRAIN_LIMIT_MS / 1000}` },
      { check: "instances exiting on their own", value: exits.length, target: "0" },
      { check: "violations", value: violations.length, target: "0" },
      { check: "total time (s)", value: Math.round((performance.now() - started) / 1000), target: "< 360" },
    ]);
    console.log(
      "[scale] 1 vs 3 instances share the same 2 cores here (with the load generator, nginx and PostgreSQL):\n" +
        "        throughput cannot triple; CPU ms per request is what sizes a real deployment.",
    );
    if (violations.length) {
      console.error(`[scale] FAILED:\n  ${[...new Set(violations)].slice(0, 30).join("\n  ")}`);
      process.exitCode = 1;
    } else {
      console.log("[scale] passed");
    }
  } finally {
    for (const n of nginx) await n.stop();
    for (const i of instances) if (i.process) stopGroup(i, "SIGTERM");
    await sleep(1500);
    await sink.close();
    await db.drop();
  }
}

void main();
