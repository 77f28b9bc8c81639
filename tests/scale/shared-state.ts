// What several instances must share through PostgreSQL: sessions (one created anywhere is accepted
// everywhere), sign-in throttling (failures spread over the instances count together) and the
// retention purge (run on every instance at once, each learner warned or deleted once).
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import postgres from "postgres";
import { actionFields, multipartBody, visitorAddress } from "../../bench/forms";
import { seedLearners, type BenchLearner } from "../../bench/seed";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Signs in through the real action on `base`; returns the session cookie, or null when refused. */
export async function signInThrough(
  base: string,
  identifier: string,
  password: string,
  address: number,
): Promise<{ status: number; cookie: string | null }> {
  const hidden = await actionFields(base, "/fr/sign-in");
  const { body, contentType } = multipartBody([
    ...hidden,
    ["locale", "fr"],
    ["identifier", identifier],
    ["password", password],
  ]);
  const response = await fetch(`${base}/fr/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "content-type": contentType, "x-forwarded-for": visitorAddress(address) },
    body,
  });
  await response.arrayBuffer();
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("authjs.session-token=") && c.length > "authjs.session-token=".length);
  return { status: response.status, cookie: response.status === 303 ? (cookie ?? null) : null };
}

export async function isSignedIn(base: string, cookie: string): Promise<boolean> {
  const response = await fetch(`${base}/api/me`, { headers: { cookie } });
  return response.ok && ((await response.json()) as { signedIn?: boolean }).signedIn === true;
}

/** Each instance accepts the session; returns one line per refusal. */
export async function checkSessionEverywhere(bases: string[], cookie: string, createdOn: string): Promise<string[]> {
  const refusals: string[] = [];
  for (const base of bases)
    if (!(await isSignedIn(base, cookie))) refusals.push(`a session created through ${createdOn} refused by ${base}`);
  return refusals;
}

/** Five failures block an account for a minute (lib/auth/throttle-rules); later attempts are not counted. */
export const THROTTLE_FAILURES = 5;

/**
 * Wrong passwords for one account, spread round-robin over the instances: the counters in the
 * database must hold every failure, and the right password is then refused on another instance.
 */
export async function checkThrottleAcrossInstances(
  databaseUrl: string,
  bases: string[],
  learner: BenchLearner,
  password: string,
): Promise<{ counts: string; problems: string[] }> {
  const problems: string[] = [];
  for (let i = 0; i < THROTTLE_FAILURES; i++) {
    const { status } = await signInThrough(bases[i % bases.length]!, learner.username, "wrong password", 9000 + i);
    if (status !== 200) problems.push(`a wrong password answered ${status} instead of the form again`);
  }
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const rows = await sql<{ key: string; count: number; blocked: boolean }[]>`
    select key, count, coalesce(blocked_until > now(), false) as blocked from rate_limit_buckets
     where key in (${`signin:account:${learner.id}`}, ${`signin:identifier:${sha256(learner.username.toLowerCase())}`})`;
  await sql.end();
  for (const kind of ["account", "identifier"]) {
    const row = rows.find((r) => r.key.startsWith(`signin:${kind}:`));
    if (row?.count !== THROTTLE_FAILURES)
      problems.push(
        `the ${kind} counter holds ${row?.count ?? 0} failures, not the ${THROTTLE_FAILURES} spread over the instances`,
      );
    if (!row?.blocked) problems.push(`the ${kind} is not blocked after ${THROTTLE_FAILURES} failures`);
  }
  const { status } = await signInThrough(bases.at(-1)!, learner.username, password, 9100);
  if (status === 303)
    problems.push("the right password was accepted on another instance while the account was blocked");
  return { counts: rows.map((r) => `${r.key.split(":")[1]} ${r.count}`).join(", "), problems };
}

export interface RetentionLearners {
  toWarn: BenchLearner[];
  toDelete: BenchLearner[];
}

/** Learners 15 days before their retention deadline (to warn) and past it, warned 40 days ago (to delete). */
export async function seedRetentionLearners(
  databaseUrl: string,
  count: number,
  passwordHash: string,
): Promise<RetentionLearners> {
  const learners = await seedLearners(databaseUrl, count * 2, passwordHash);
  const toWarn = learners.slice(0, count);
  const toDelete = learners.slice(count);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql`update users set last_activity_at = now() - interval '350 days' where id in ${sql(toWarn.map((l) => l.id))}`;
  await sql`update users set last_activity_at = now() - interval '400 days', retention_warning_sent_at = now() - interval '40 days'
             where id in ${sql(toDelete.map((l) => l.id))}`;
  await sql.end();
  return { toWarn, toDelete };
}

/**
 * Starts the scheduled jobs on every instance at the same moment, as three schedulers would. The cron
 * route queues one purge job (a singleton); `extraPurgeJobs` more are queued first, as a scheduler
 * misconfigured to queue its own would, so several purge runs can overlap on different instances.
 */
export async function triggerCronEverywhere(
  databaseUrl: string,
  bases: string[],
  secret: string,
  extraPurgeJobs: number,
): Promise<string[]> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 1, supervise: false, schedule: false, migrate: false });
  await boss.start();
  for (let i = 0; i < extraPurgeJobs; i++) await boss.send("retention-purge", {});
  await boss.stop({ graceful: false, close: true, wait: true });
  const answers = await Promise.all(
    bases.map((base) =>
      fetch(`${base}/api/cron/purge`, { headers: { authorization: `Bearer ${secret}` } }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    ),
  );
  return answers.flatMap((status, i) => (status === 200 ? [] : [`cron route on ${bases[i]} answered ${status}`]));
}

/** Each learner warned once (one recorded email, one delivery) or deleted once (one delivery, no row). */
export async function checkRetention(
  databaseUrl: string,
  learners: RetentionLearners,
  deliveriesTo: (address: string) => number,
): Promise<{ summary: string; problems: string[] }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const problems: string[] = [];
  const warnedRows = await sql<{ user_id: string; n: number; marked: boolean }[]>`
    select u.id as user_id, count(o.id)::int as n, u.retention_warning_sent_at is not null as marked
      from users u left join email_outbox o on o.user_id = u.id and o.template = 'retentionWarning'
     where u.id in ${sql(learners.toWarn.map((l) => l.id))} group by u.id`;
  const remaining = await sql<
    { id: string }[]
  >`select id from users where id in ${sql(learners.toDelete.map((l) => l.id))}`;
  const runs = await sql<
    { output: { warned?: number; deleted?: number } | null; state: string; started_on: Date; completed_on: Date }[]
  >`select output, state, started_on, completed_on from pgboss.job where name = 'retention-purge'`;
  await sql.end();
  for (const l of learners.toWarn) {
    const row = warnedRows.find((r) => r.user_id === l.id);
    if (!row?.marked || row.n !== 1) problems.push(`learner to warn has ${row?.n ?? 0} recorded warnings`);
    const n = deliveriesTo(`${l.username}@example.org`);
    if (n !== 1) problems.push(`learner to warn received ${n} warnings`);
  }
  if (remaining.length) problems.push(`${remaining.length} learners past retention not deleted`);
  for (const l of learners.toDelete) {
    const n = deliveriesTo(`${l.username}@example.org`);
    if (n !== 1) problems.push(`deleted learner received ${n} deletion notices`);
  }
  const sum = (k: "warned" | "deleted") => runs.reduce((s, r) => s + (r.output?.[k] ?? 0), 0);
  if (sum("warned") !== learners.toWarn.length || sum("deleted") !== learners.toDelete.length)
    problems.push(`the purge runs reported ${sum("warned")} warned and ${sum("deleted")} deleted in total`);
  const overlapping = runs.filter((a) =>
    runs.some((b) => a !== b && a.started_on < b.completed_on && b.started_on < a.completed_on),
  ).length;
  return {
    summary: `${runs.length} purge runs (${runs.map((r) => r.state).join(", ")}), ${overlapping} overlapping; warned ${sum("warned")}, deleted ${sum("deleted")}`,
    problems,
  };
}
