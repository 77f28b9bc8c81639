// Property-based fuzzing of server actions and route handlers: hostile form values, a fingerprint of
// every table (derived from the Drizzle schema), and the checks every answer to bad input must pass.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { getTableName, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { encode } from "next-auth/jwt";
import { isNextRouterError } from "next/dist/client/components/is-next-router-error";
import { expect, vi } from "vitest";
import { db, rowsOf } from "@/db/client";
import * as schema from "@/db/schema";
import type { User } from "@/db/schema";
import { SESSION_COOKIE, inRequest, openSession, presentSession, resetRequest, sessionCookieFor, setCookie, type SignedIn } from "./next-request-mock";

export const NUM_RUNS = 1000;

// ---------------------------------------------------------------------------------------------
// Database fingerprint, per table: its row count, and how many rows were ever inserted, updated or
// deleted in it (a row-level trigger counts them in fuzz_writes, transactionally, so a rolled-back
// statement leaves no trace but an UPDATE that keeps the count does). The table list is derived from
// the Drizzle schema; hashing every row instead cost 3.5 ms a call, this costs about 1 ms.

export const TABLE_NAMES = Object.values(schema as Record<string, unknown>)
  .filter((v): v is PgTable => v instanceof PgTable)
  .map((t) => getTableName(t))
  .sort();

/** Test databases only: adds the write counter and its triggers to every table of the schema. */
export async function installWriteCounters(): Promise<void> {
  await db.execute(sql`create table if not exists fuzz_writes (table_name text primary key, n bigint not null)`);
  await db.execute(
    sql.raw(`create or replace function fuzz_note_write() returns trigger language plpgsql as $$
      begin
        insert into fuzz_writes as w values (TG_TABLE_NAME, 1) on conflict (table_name) do update set n = w.n + 1;
        return null;
      end $$`),
  );
  for (const name of TABLE_NAMES) {
    await db.execute(sql.raw(`create trigger fuzz_writes_row after insert or update or delete on "${name}" for each row execute function fuzz_note_write()`));
    await db.execute(sql.raw(`create trigger fuzz_writes_truncate after truncate on "${name}" for each statement execute function fuzz_note_write()`));
  }
}

const fingerprintQuery = sql.raw(
  `select ${TABLE_NAMES.map(
    (n) => `(select count(*) from "${n}")::text || ':' || coalesce((select n from fuzz_writes where table_name = '${n}'), 0)::text as "${n}"`,
  ).join(", ")}`,
);

/** Per table, "rows:writes". */
export type Fingerprint = Record<string, string>;

export async function fingerprint(): Promise<Fingerprint> {
  const [row] = rowsOf<Fingerprint>(await db.execute(fingerprintQuery));
  if (!row) throw new Error("fingerprint query returned nothing");
  return row;
}

/** Names of the tables whose content differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return TABLE_NAMES.filter((n) => before[n] !== after[n]);
}

// ---------------------------------------------------------------------------------------------
// Message keys: every formError must be a key of "formErrors", every field error a key of
// "validation", in the French messages (the reference locale).

const MESSAGES_DIR = path.join(import.meta.dirname, "../../lib/i18n/messages/fr");
const frMessages = Object.assign(
  {},
  ...readdirSync(MESSAGES_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(MESSAGES_DIR, f), "utf8")) as Record<string, unknown>),
) as Record<string, Record<string, unknown>>;
export const FORM_ERROR_KEYS = new Set(Object.keys(frMessages.formErrors ?? {}));
export const VALIDATION_KEYS = new Set(Object.keys(frMessages.validation ?? {}));

const SECRET_FIELD = /password|token|proof/i;

interface FailedResult {
  ok: false;
  formError?: unknown;
  fieldErrors?: unknown;
  values?: unknown;
  retryAfterSeconds?: unknown;
}

function isFailedResult(value: unknown): value is FailedResult {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}

/** Fails with a message built only when needed (results may hold megabyte strings). */
export function ensure(condition: boolean, message: () => string): void {
  if (!condition) expect.fail(message());
}

const preview = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v));

/** A refusal the form can show: a known formError key and/or known validation keys per field. */
export function expectClearRejection(result: FailedResult): void {
  const { formError, fieldErrors, values } = result;
  const fields = (fieldErrors ?? {}) as Record<string, unknown>;
  ensure(typeof formError === "string" || Object.keys(fields).length > 0, () => `refusal without any error: ${preview(result)}`);
  if (formError !== undefined) ensure(FORM_ERROR_KEYS.has(formError as string), () => `formError "${String(formError)}" is not a formErrors message key`);
  for (const [field, messages] of Object.entries(fields)) {
    ensure(Array.isArray(messages) && messages.length > 0, () => `fieldErrors.${field} is not a non-empty list`);
    for (const m of messages as unknown[]) {
      ensure(VALIDATION_KEYS.has(m as string), () => `fieldErrors.${field}: "${String(m).slice(0, 120)}" is not a validation message key`);
    }
  }
  // Echoed values are plain strings (React escapes them when it puts them back in the form), never secrets.
  for (const [key, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
    ensure(typeof value === "string", () => `values.${key} is not a string`);
    ensure(!SECRET_FIELD.test(key), () => `secret field "${key}" echoed back`);
  }
  if (result.retryAfterSeconds !== undefined) {
    ensure(Number.isInteger(result.retryAfterSeconds) && (result.retryAfterSeconds as number) > 0, () => `retryAfterSeconds ${String(result.retryAfterSeconds)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Calling an action as one request and checking the answer.

export type Outcome = { kind: "result"; value: unknown } | { kind: "redirect"; url: string } | { kind: "notFound"; digest: string };

/** A redirect meaning "not allowed": sign in, sign in again, accept the new policy. */
export const REFUSAL_REDIRECT = /^\/(fr|en)\/(sign-in|reauth|accept-policy)(\?next=[^&]*)?$/;

export interface CheckOptions {
  /** Tables a refused call may still write: the throttling counters, whose purpose is to count refusals. */
  refusalMayWrite?: readonly string[];
  /** Decides whether the outcome is a refusal (default: ok:false, or a REFUSAL_REDIRECT). */
  refused?: (outcome: Outcome) => boolean;
}

function defaultRefused(outcome: Outcome): boolean {
  if (outcome.kind === "result") return isFailedResult(outcome.value);
  if (outcome.kind === "redirect") return REFUSAL_REDIRECT.test(outcome.url);
  return true;
}

function redirectUrl(digest: string): string {
  const parts = digest.split(";");
  return parts.slice(2, -2).join(";");
}

/**
 * Calls `run` as one request and checks: nothing thrown but Next's redirect/notFound control flow;
 * a failed ActionResult is a clear, translatable refusal; a refusal writes nothing (every table's
 * fingerprint unchanged, except `refusalMayWrite`).
 */
export async function checkAction(run: () => Promise<unknown>, opts: CheckOptions = {}): Promise<Outcome> {
  const before = await fingerprint();
  const answer = await inRequest(run);
  let outcome: Outcome;
  if ("thrown" in answer) {
    const thrown = answer.thrown;
    if (!isNextRouterError(thrown)) throw thrown;
    const digest = (thrown as { digest: string }).digest;
    outcome = digest.startsWith("NEXT_REDIRECT") ? { kind: "redirect", url: redirectUrl(digest) } : { kind: "notFound", digest };
  } else {
    outcome = { kind: "result", value: answer.value };
  }
  if (outcome.kind === "result" && outcome.value !== undefined) {
    const value = outcome.value;
    ensure(typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean", () => `not an ActionResult: ${preview(value)}`);
    if (isFailedResult(value)) expectClearRejection(value);
  }
  if (outcome.kind === "redirect") {
    // Every redirect stays on this site, under a locale.
    const url = outcome.url;
    ensure(/^(\/(fr|en)(\/|\?|$)|http:\/\/localhost:3000\/(fr|en)(\/|\?|$))/.test(url), () => `redirect off-site or outside a locale: ${url}`);
  }
  if ((opts.refused ?? defaultRefused)(outcome)) {
    const changed = changedTables(before, await fingerprint()).filter((t) => !(opts.refusalMayWrite ?? []).includes(t));
    ensure(changed.length === 0, () => `refused (${preview(outcome)}) but wrote to ${changed.join(", ")}`);
  }
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

export const ONE_MB = 1024 * 1024;

export const SQL_INJECTION = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "admin'--",
  "'; DROP TABLE users; --",
  "\"; DELETE FROM user_sessions; --",
  "1' UNION SELECT password_hash FROM users --",
  "'); SELECT pg_sleep(5); --",
  "\\'; TRUNCATE rate_limit_buckets; --",
  "$$; DROP TABLE users; $$",
  "' || (SELECT current_user) || '",
  "%' AND 1=1 AND '%'='",
];

export const HTML_INJECTION = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\"><svg onload=alert(1)>",
  "</textarea><script>alert(document.cookie)</script>",
  "javascript:alert(1)",
  "<a href=\"javascript:alert(1)\">x</a>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<!--",
  "]]><![CDATA[",
  "{{constructor.constructor('alert(1)')()}}",
  "${7*7}",
  "<iframe srcdoc=\"<script>alert(1)</script>\">",
];

export const UNICODE_EDGES = [
  "\uD800", // lone high surrogate
  "\uDC00abc", // lone low surrogate
  "abc\uD83D", // cut emoji
  "\u202Egnp.exe", // right-to-left override
  "\u2066\u2067\u2068\u2069", // isolates
  "a\u200Bb\u200C\u200D\uFEFF", // zero-width
  "\u0000",
  "nul\u0000inside",
  "e\u0301\u0301\u0301\u0301\u0301", // stacked combining marks
  "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C\u035D\u035E\u035F\u0360\u0361",
  "👩‍👩‍👧‍👦🏳️‍🌈🇫🇷",
  "\u00A0\u2028\u2029\u0085",
  "\r\n\t\v\f",
  "Ǆǅǆ İı ß ﬁ",
  "\uFFFD\uFFFE\uFFFF",
  "ﷺ\u0600\u061C",
  "\u{10FFFF}\u{E0001}",
  "Œlschläger-N'Diaye",
];

export const WEIRD_SCALARS = ["", " ", "   \t\n ", "null", "undefined", "true", "false", "0", "-1", "1e309", "NaN", "Infinity", "[]", "{}", "[object Object]", "__proto__", "on", "off", "fr", "en", "de", "FR"];

export const ID_LIKE = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `{${u}}`),
  fc.uuid().map((u) => u.replace(/-/g, "")),
  fc.uuid().map((u) => `${u}x`),
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "1", "-1", "999999999999999999999", "0x1f", "m1-u1", "../../etc/passwd", "%00"),
  fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 60 }),
);

// Built once: generating megabyte strings run after run would dominate the time budget.
const BIG_STRINGS = [
  "a".repeat(ONE_MB),
  "é".repeat(ONE_MB / 2),
  "<script>".repeat(ONE_MB / 8),
  "'".repeat(ONE_MB),
  "\u0301".repeat(ONE_MB / 2),
  `${"x".repeat(ONE_MB - 1)}\u0000`,
];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SQL_INJECTION, ...HTML_INJECTION) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD_SCALARS) },
  { weight: 1, arbitrary: fc.constantFrom(...BIG_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: ID_LIKE },
);

/** A valid value, a hostile one, or a valid one with a hostile prefix or suffix. */
export function mixed(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.tuple(valid, hostileString).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.tuple(hostileString, valid).map(([a, b]) => a + b) },
  );
}

/** What a form field can hold: a string, a file, several values (repeated field) or nothing. */
export type FieldValue = string | File | (string | File)[] | undefined;

const fileValue: fc.Arbitrary<File> = fc
  .tuple(fc.constantFrom("a.txt", "<script>.html", "", "../../x", "\u202Etxt.exe"), fc.constantFrom("text/plain", "application/octet-stream", "text/html", ""), hostileString)
  .map(([name, type, content]) => new File([content.slice(0, 64)], name, { type }));

/** One field: mostly `valid` (weight out of ~10), otherwise missing, hostile, repeated or a file. */
export function field(valid: fc.Arbitrary<string>, validWeight = 6): fc.Arbitrary<FieldValue> {
  return fc.oneof(
    { weight: validWeight, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: mixed(valid) },
    { weight: 1, arbitrary: fc.array(fc.oneof(valid, hostileString, fileValue), { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: fileValue },
  );
}

const extraKey = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "$ACTION_ID_0123456789abcdef",
    "$ACTION_REF_1",
    "1_$ACTION_KEY",
    "",
    "id",
    "userId",
    "role",
    "emailVerifiedAt",
    "nameLockedAt",
    "passwordHash",
    "q_",
    "locale[]",
    "a".repeat(10_000),
  ),
  fc.string({ maxLength: 12 }),
);

/** Fields the form does not have: prototype names, Next's own $ACTION_ fields, column names… */
export const extraFields: fc.Arbitrary<[string, FieldValue][]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<[string, FieldValue][]>([]) },
  { weight: 2, arbitrary: fc.array(fc.tuple(extraKey, fc.oneof(hostileString, fc.array(hostileString, { minLength: 2, maxLength: 2 }))), { minLength: 1, maxLength: 3 }) },
);

export type FormSpec = Record<string, FieldValue>;

export interface GeneratedForm {
  fields: FormSpec;
  extras: [string, FieldValue][];
}

export function formArb(fields: Record<string, fc.Arbitrary<FieldValue>>): fc.Arbitrary<GeneratedForm> {
  return fc.record({ fields: fc.record(fields), extras: extraFields });
}

// Placeholders stand for values only known at run time (a fresh valid token, the current password…);
// they may be embedded in hostile strings, which then tamper with the valid value.
export type Resolvers = Record<string, () => string | Promise<string>>;

async function resolveString(value: string, resolvers: Resolvers): Promise<string> {
  let out = value;
  for (const [name, resolve] of Object.entries(resolvers)) {
    if (out.includes(name)) out = out.split(name).join(await resolve());
  }
  return out;
}

export async function toFormData(form: GeneratedForm, resolvers: Resolvers = {}): Promise<FormData> {
  const data = new FormData();
  const add = async (key: string, value: FieldValue) => {
    if (value === undefined) return;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, typeof v === "string" ? await resolveString(v, resolvers) : v);
  };
  for (const [key, value] of Object.entries(form.fields)) await add(key, value);
  for (const [key, value] of form.extras) await add(key, value);
  return data;
}

/** The submitted value of a field as a string (first value), or undefined. */
export function first(data: FormData, key: string): string | undefined {
  const v = data.get(key);
  return typeof v === "string" ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Running a property, with readable failures (counterexamples may hold megabyte strings).

/** A short label of an outcome, to tally which paths the generated cases reached. */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === "redirect") return `redirect ${outcome.url.replace(/^http:\/\/localhost:3000/, "").replace(/\?.*$/, "?…").replace(/\/[0-9a-f-]{36}$/, "/:id")}`;
  if (outcome.kind === "notFound") return "notFound";
  const value = outcome.value;
  if (!isFailedResult(value)) return value === undefined ? "returned" : "ok";
  if (typeof value.formError === "string") return `formError ${value.formError}`;
  return `fieldErrors ${Object.keys((value.fieldErrors ?? {}) as object).sort().join(",")}`;
}

/**
 * Runs `predicate` on NUM_RUNS generated values; failures are reported with the seed and a shortened
 * counterexample (they may hold megabyte strings). The labels the predicate returns are tallied and
 * printed, so a report shows which paths the cases reached.
 */
export async function runProperty<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => Promise<string | void>, numRuns = NUM_RUNS): Promise<void> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  const tally = new Map<string, number>();
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (value) => {
        const label = (await predicate(value)) ?? "checked";
        tally.set(label, (tally.get(label) ?? 0) + 1);
      }),
      { numRuns, seed, endOnFailure: process.env.FUZZ_SHRINK !== "1" },
    );
  } catch (error) {
    const message = (error as Error).message;
    const short = message.length > 6000 ? `${message.slice(0, 3000)}\n…[${message.length - 6000} characters cut]…\n${message.slice(-3000)}` : message;
    throw Object.assign(new Error(short), { cause: (error as Error).cause });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const sorted = [...tally].sort((a, b) => b[1] - a[1]);
  const summary = sorted.slice(0, 20).map(([label, n]) => `${n} ${label}`).join(" · ") + (sorted.length > 20 ? ` · … ${sorted.length - 20} more labels` : "");
  console.info(`[fuzz] ${name}: ${numRuns} runs in ${seconds} s — ${summary}`);
}

export const LOCALE = field(fc.constantFrom("fr", "en"), 8);
export const CHECKBOX = field(fc.constant("on"), 7);

// ---------------------------------------------------------------------------------------------
// Who is asking: signed out, signed in (recently or not), or holding a cookie that is no session.

export const AUTH_STATES = ["out", "recent", "stale", "garbage", "forged", "wrongSecret"] as const;
export type AuthState = (typeof AUTH_STATES)[number];
export const AUTH_STATE = fc.constantFrom(...AUTH_STATES);

/** Sets the request's session cookie; returns the session when it is a real one. */
export async function signInAs(state: AuthState, user: User | null): Promise<SignedIn | null> {
  presentSession(null);
  switch (state) {
    case "out":
      return null;
    case "garbage":
      setCookie(SESSION_COOKIE, randomBytes(40).toString("base64url"));
      return null;
    case "forged": // a well-formed cookie for a session that does not exist
      setCookie(SESSION_COOKIE, await sessionCookieFor(randomBytes(32).toString("base64url")));
      return null;
    case "wrongSecret":
      setCookie(SESSION_COOKIE, await encode({ token: { sid: "x" }, secret: "another-secret-0123456789abcdef0123456789", salt: SESSION_COOKIE }));
      return null;
    case "recent":
    case "stale": {
      if (!user) return null;
      const session = await openSession(user, state === "stale" ? 30 * 60_000 : 0);
      presentSession(session);
      return session;
    }
  }
}

/** Client IPs: a small pool (so per-IP limits are reached and passed) and some hostile header values. */
export const CLIENT_IP = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("198.51.100.1", "198.51.100.2", "198.51.100.3", "2001:db8::1", "203.0.113.5", "203.0.113.6") },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "::1", "999.1.1.1, 10.0.0.1", "' OR 1=1 --", "<script>alert(1)</script>", "a".repeat(5000), "unknown") },
);

/**
 * Wrong passwords soon block the account and the IPs (that answer is checked too); now and then (one
 * run in `every`) every throttle counter is cleared first, so the password check and a successful
 * sign-in stay reachable.
 */
export const clearThrottleEvery = (every: number) => fc.integer({ min: 1, max: every }).map((n) => n === 1);
export const CLEAR_THROTTLE = clearThrottleEvery(30);

export async function clearThrottle(clear: boolean): Promise<void> {
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- a clean slate of throttling counters between fuzz runs
  if (clear) await db.delete(schema.rateLimitBuckets);
}

/** A fresh request from `ip`, signed in as `user` in the given state. */
export async function newRequest(ip: string, state: AuthState, user: User | null): Promise<SignedIn | null> {
  resetRequest({ ip });
  return signInAs(state, user);
}

/**
 * Silences the local outbox's "[vigie] email … written to …" lines and Auth.js's log of the forged
 * cookies it refuses (it answers them correctly; the log would drown the report). Other errors show.
 */
export function quietLogs(): void {
  const error = console.error.bind(console);
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("[auth][")) return;
    error(...args);
  });
}
