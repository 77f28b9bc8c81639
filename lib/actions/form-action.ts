// The one pipeline of every server action: locale → authorise → parse → handle → revalidate → result.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { formValues, REAUTH_FIELD, type ActionResult } from "@/lib/action-result";
import { parseForm } from "./parse-form";
import { getCurrentSession, requireAccess, type Access } from "@/lib/auth/session";
import { isRecentlyAuthenticated, markReauthenticated, type SessionUser } from "@/lib/auth/sessions";
import { verifyPasswordThrottled } from "@/lib/auth/sign-in";
import { localeOf, type Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/observability/logger";

interface Options<S extends z.ZodObject, A extends Access, T> {
  /** The form's fields; the shared `locale` field is read apart and added to the result. */
  schema: S;
  access: A;
  /** Requires the current site policy to be accepted (default: true for every signed-in access). */
  policy?: boolean;
  /** The page to come back to after signing in or re-authenticating. */
  returnTo?: (locale: Locale) => string;
  /** Pages whose data the action changed. */
  revalidate?: (input: Input<S>) => string[];
  /** Where a successful action sends the person (after revalidation, outside any try). */
  redirect?: (input: Input<S>, data: T) => string;
  /**
   * The field holding the account's current password, this step's re-authentication. It is verified
   * (throttled like a sign-in) exactly once per submit, also when the schema refused the form, so a
   * wrong password is reported with the other errors in one answer. The handler runs only after it
   * matched and never verifies it again.
   */
  currentPassword?: string;
  /**
   * Rules that need the session (a track switch's confirmation, a new password against the username):
   * checked on every submit, whether or not the schema accepted the form, so their errors join the
   * schema's. Returns field errors, or nothing.
   */
  check?: (ctx: ActionContext<A>) => FieldErrors | undefined;
  /** How a refused form is answered (default: every field's errors, values kept). */
  invalid?: (refusal: Refusal, ctx: ActionContext<A>) => ActionResult<never> | Promise<ActionResult<never>>;
}

type Input<S extends z.ZodObject> = z.infer<S> & { locale: Locale };
type FieldErrors = Record<string, string[]>;
type Refusal = { ok: false; fieldErrors: FieldErrors; values: Record<string, string> };

type Session<A extends Access> = A extends "public" ? SessionUser | null : SessionUser;

export interface ActionContext<A extends Access> {
  locale: Locale;
  session: Session<A>;
  form: FormData;
}

type Handler<S extends z.ZodObject, A extends Access, T> = (
  input: Input<S>,
  ctx: ActionContext<A>,
) => Promise<ActionResult<T>>;

/** The form action: a plain `<form action>` (its result is then ignored), or read with useActionState (prev, form). */
export interface FormAction<T> {
  (form: FormData): Promise<void>;
  (prev: unknown, form: FormData): Promise<ActionResult<T>>;
}

export function formAction<S extends z.ZodObject, A extends Access, T = undefined>(
  options: Options<S, A, T>,
  handler: Handler<S, A, T>,
): FormAction<T> {
  const action = async (prevOrForm: unknown, maybeForm?: FormData): Promise<ActionResult<T>> => {
    const form = maybeForm ?? (prevOrForm as FormData);
    const locale = localeOf(form.get("locale"));
    const session = await authorise(options, locale);
    const parsed = parseForm(options.schema, form);
    const absent = options.access === "recent" ? await confirmPresence(session!, form) : null;
    if (absent)
      return parsed.ok ? absent : { ...absent, fieldErrors: { ...parsed.fieldErrors, ...absent.fieldErrors } };
    const ctx: ActionContext<A> = { locale, session: session as Session<A>, form };
    const schemaErrors = parsed.ok ? {} : parsed.fieldErrors;
    // Every check runs on every submit: errors come in one answer, never in waves (RGAA / DSFR).
    const errors = withoutOverlap(schemaErrors, {
      ...options.check?.(ctx),
      ...(await checkCurrentPassword(options.currentPassword, session, form, schemaErrors)),
    });
    if (!parsed.ok || Object.keys(errors).length > 0) {
      const refusal: Refusal = { ok: false, fieldErrors: errors, values: formValues(form) };
      return (await options.invalid?.(refusal, ctx)) ?? refusal;
    }
    const input = { ...parsed.data, locale } as Input<S>;
    let result: ActionResult<T>;
    try {
      result = await handler(input, ctx);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() travel as exceptions
      logger.error({ err: error }, "action failed");
      return { ok: false, formError: "generic" };
    }
    // A refused form comes back with what the person typed (never secrets), unless the handler chose.
    if (!result.ok) return { ...result, values: result.values ?? formValues(form) };
    for (const path of options.revalidate?.(input) ?? []) revalidatePath(path);
    if (options.redirect) redirect(options.redirect(input, result.data));
    return result;
  };
  Object.defineProperty(action, THROUGH_PIPELINE, { value: options.access });
  return action as FormAction<T>;
}

const THROUGH_PIPELINE = Symbol.for("vigie.formAction");

/** Who may run a server action built by formAction (undefined for anything else): tests list them. */
export function accessOf(action: unknown): Access | undefined {
  return typeof action === "function"
    ? (action as unknown as Record<symbol, Access | undefined>)[THROUGH_PIPELINE]
    : undefined;
}

/** The schema's errors, plus the checks' errors on fields the schema found nothing wrong with. */
function withoutOverlap(schema: FieldErrors, checks: FieldErrors): FieldErrors {
  const merged = { ...schema };
  for (const [field, messages] of Object.entries(checks)) if (!merged[field]) merged[field] = messages;
  return merged;
}

/**
 * One throttled verification per submit, whatever else is wrong with the form: the answer then takes
 * as long as an accepted submit does (one hash), and a throttled account is counted once. Skipped
 * only when the field itself is refused (empty or oversized), which says nothing about the account.
 */
async function checkCurrentPassword(
  field: string | undefined,
  session: SessionUser | null,
  form: FormData,
  schemaErrors: FieldErrors,
): Promise<FieldErrors> {
  if (!field || !session || schemaErrors[field]) return {};
  const password = form.get(field);
  if (typeof password !== "string" || password === "") return {};
  const check = await verifyPasswordThrottled(session.user, password);
  if (check === "ok") return {};
  return { [field]: [check === "wrong" ? "wrongPassword" : "tooManyAttempts"] };
}

/**
 * A sensitive step needs a recent sign-in. When it is older, the password is asked for in the form
 * itself, with everything typed kept (RGAA 13.1): the person is never sent away mid-task.
 */
async function confirmPresence(
  session: SessionUser,
  form: FormData,
): Promise<Extract<ActionResult<never>, { ok: false }> | null> {
  if (isRecentlyAuthenticated(session.authenticatedAt)) return null;
  const password = form.get(REAUTH_FIELD);
  const values = formValues(form);
  if (typeof password !== "string" || password === "" || password.length > 1024) {
    return { ok: false, reauth: true, fieldErrors: { [REAUTH_FIELD]: ["reauthRequired"] }, values };
  }
  const check = await verifyPasswordThrottled(session.user, password);
  if (check === "throttled") return { ok: false, reauth: true, formError: "rateLimited", values };
  if (check === "wrong") return { ok: false, reauth: true, fieldErrors: { [REAUTH_FIELD]: ["wrongPassword"] }, values };
  await markReauthenticated(session.sessionId);
  return null;
}

async function authorise(
  options: Pick<Options<z.ZodObject, Access, never>, "access" | "policy" | "returnTo">,
  locale: Locale,
): Promise<SessionUser | null> {
  if (options.access === "public") return getCurrentSession();
  // "recent" is checked after the form is read (confirmPresence), never by sending the person away.
  return requireAccess(
    options.access === "recent" ? "user" : options.access,
    locale,
    options.returnTo?.(locale) ?? `/${locale}/dashboard`,
    options.policy ?? true,
  );
}
