// The one pipeline of every server action: locale → authorise → parse → handle → revalidate → result.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { parseForm, type ActionResult } from "@/lib/action-result";
import { acceptPolicyPath, reauthPath, signInPath } from "@/lib/auth/paths";
import { getCurrentSession } from "@/lib/auth/session";
import { isRecentlyAuthenticated, type SessionUser } from "@/lib/auth/sessions";
import { localeOf, type Locale } from "@/lib/i18n/locales";

/** Who may run the action: anyone, a signed-in learner, one who signed in within 10 minutes, staff. */
export type Access = "public" | "user" | "recent" | "staff";

interface Options<S extends z.ZodObject, A extends Access> {
  schema: S;
  access: A;
  /** Requires the current site policy to be accepted (default: true for every signed-in access). */
  policy?: boolean;
  /** The page to come back to after signing in or re-authenticating. */
  returnTo?: (locale: Locale) => string;
  /** Pages whose data the action changed. */
  revalidate?: (input: z.infer<S>, locale: Locale) => string[];
}

type Session<A extends Access> = A extends "public" ? SessionUser | null : SessionUser;

export interface ActionContext<A extends Access> {
  locale: Locale;
  session: Session<A>;
  form: FormData;
}

type Handler<S extends z.ZodObject, A extends Access, T> = (input: z.infer<S>, ctx: ActionContext<A>) => Promise<ActionResult<T>>;

/** The form action: usable with useActionState (prev, form) and as a plain `<form action>` (form). */
export type FormAction<T> = (prevOrForm: unknown, form?: FormData) => Promise<ActionResult<T>>;

export function formAction<S extends z.ZodObject, A extends Access, T = undefined>(
  options: Options<S, A>,
  handler: Handler<S, A, T>,
): FormAction<T> {
  return async (prevOrForm, maybeForm) => {
    const form = maybeForm ?? (prevOrForm as FormData);
    const locale = localeOf(form.get("locale"));
    const session = await authorise(options, locale);
    const input = parseForm(options.schema, form);
    if (!input.ok) return input;
    let result: ActionResult<T>;
    try {
      result = await handler(input.data, { locale, session: session as Session<A>, form });
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() travel as exceptions
      console.error("[vigie] action failed", error);
      return { ok: false, formError: "generic" };
    }
    if (result.ok) for (const path of options.revalidate?.(input.data, locale) ?? []) revalidatePath(path);
    return result;
  };
}

async function authorise(options: Options<z.ZodObject, Access>, locale: Locale): Promise<SessionUser | null> {
  const session = await getCurrentSession();
  if (options.access === "public") return session;
  const returnTo = options.returnTo?.(locale) ?? `/${locale}/dashboard`;
  if (!session) redirect(signInPath(locale, returnTo));
  if ((options.policy ?? true) && !session.acceptedSitePolicy) redirect(acceptPolicyPath(locale, returnTo));
  if (options.access === "recent" && !isRecentlyAuthenticated(session.authenticatedAt)) redirect(reauthPath(locale, returnTo));
  if (options.access === "staff" && session.user.role !== "staff") redirect(signInPath(locale, returnTo));
  return session;
}
