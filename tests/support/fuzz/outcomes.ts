// The checks every answer to bad input must pass: a clear, translatable refusal that echoes no secret,
// redirects that stay on the site, and no write when refused. checkAction runs an action and checks it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isNextRouterError } from "next/dist/client/components/is-next-router-error";
import { expect } from "vitest";
import { inRequest } from "../next-request-mock";
import { changedTables, fingerprint } from "./write-counters";

// Message keys: every formError must be a key of "formErrors", every field error a key of
// "validation", in the French messages (the reference locale).
const MESSAGES_DIR = path.join(import.meta.dirname, "../../../lib/i18n/messages/fr");
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

const preview = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "string" && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v,
  );

/** A refusal the form can show: a known formError key and/or known validation keys per field. */
export function expectClearRejection(result: FailedResult): void {
  const { formError, fieldErrors, values } = result;
  const fields = (fieldErrors ?? {}) as Record<string, unknown>;
  ensure(
    typeof formError === "string" || Object.keys(fields).length > 0,
    () => `refusal without any error: ${preview(result)}`,
  );
  if (formError !== undefined)
    ensure(
      FORM_ERROR_KEYS.has(formError as string),
      () => `formError "${String(formError)}" is not a formErrors message key`,
    );
  for (const [field, messages] of Object.entries(fields)) {
    ensure(Array.isArray(messages) && messages.length > 0, () => `fieldErrors.${field} is not a non-empty list`);
    for (const m of messages as unknown[]) {
      ensure(
        VALIDATION_KEYS.has(m as string),
        () => `fieldErrors.${field}: "${String(m).slice(0, 120)}" is not a validation message key`,
      );
    }
  }
  // Echoed values are plain strings (React escapes them when it puts them back in the form), never secrets.
  for (const [key, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
    ensure(typeof value === "string", () => `values.${key} is not a string`);
    ensure(!SECRET_FIELD.test(key), () => `secret field "${key}" echoed back`);
  }
  if (result.retryAfterSeconds !== undefined) {
    ensure(
      Number.isInteger(result.retryAfterSeconds) && (result.retryAfterSeconds as number) > 0,
      () => `retryAfterSeconds ${String(result.retryAfterSeconds)}`,
    );
  }
}

// Calling an action as one request and checking the answer.

export type Outcome =
  { kind: "result"; value: unknown } | { kind: "redirect"; url: string } | { kind: "notFound"; digest: string };

/** A redirect meaning "not allowed": sign in, sign in again, accept the new policy. */
export const REFUSAL_REDIRECT =
  /^\/(fr|en)\/(sign-in|sign-in\/second-factor|reauth|accept-policy)(\?next=[^&]*(&reason=[a-z]+)?)?$/;

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
    outcome = digest.startsWith("NEXT_REDIRECT")
      ? { kind: "redirect", url: redirectUrl(digest) }
      : { kind: "notFound", digest };
  } else {
    outcome = { kind: "result", value: answer.value };
  }
  if (outcome.kind === "result" && outcome.value !== undefined) {
    const value = outcome.value;
    ensure(
      typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean",
      () => `not an ActionResult: ${preview(value)}`,
    );
    if (isFailedResult(value)) expectClearRejection(value);
  }
  if (outcome.kind === "redirect") {
    // Every redirect stays on this site, under a locale.
    const url = outcome.url;
    ensure(
      /^(\/(fr|en)(\/|\?|$)|http:\/\/localhost:3000\/(fr|en)(\/|\?|$))/.test(url),
      () => `redirect off-site or outside a locale: ${url}`,
    );
  }
  if ((opts.refused ?? defaultRefused)(outcome)) {
    const changed = changedTables(before, await fingerprint()).filter((t) => !(opts.refusalMayWrite ?? []).includes(t));
    ensure(changed.length === 0, () => `refused (${preview(outcome)}) but wrote to ${changed.join(", ")}`);
  }
  return outcome;
}

/** A short label of an outcome, to tally which paths the generated cases reached. */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === "redirect")
    return `redirect ${outcome.url
      .replace(/^http:\/\/localhost:3000/, "")
      .replace(/\?.*$/, "?…")
      .replace(/\/[0-9a-f-]{36}$/, "/:id")}`;
  if (outcome.kind === "notFound") return "notFound";
  const value = outcome.value;
  if (!isFailedResult(value)) return value === undefined ? "returned" : "ok";
  if (typeof value.formError === "string") return `formError ${value.formError}`;
  return `fieldErrors ${Object.keys((value.fieldErrors ?? {}) as object)
    .sort()
    .join(",")}`;
}
