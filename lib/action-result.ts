// The one result type every form action returns, and the zod → field-errors bridge.
import { z } from "zod";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** A message key of the "formErrors" namespace. */
      formError?: string;
      /** Message keys of the "validation" namespace, per field. */
      fieldErrors?: Record<string, string[]>;
      /** Values a field error's message names, by message key ("nameMismatch" → where the names part). */
      errorParams?: Record<string, Record<string, string | number>>;
      /** Non-secret values to put back in the form. */
      values?: Record<string, string>;
      retryAfterSeconds?: number;
      /** The sign-in is too old for this step: the form asks for the password again. */
      reauth?: true;
    };

/** The password field a form gains when a sensitive step finds the sign-in too old (lib/actions/form-action.ts). */
export const REAUTH_FIELD = "reauthPassword";

export const initialResult = { ok: false } as ActionResult<never>;

const SECRET_FIELDS = /password|token|proof/i;

export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

export function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData,
):
  | { ok: true; data: z.infer<S> }
  | { ok: false; fieldErrors: Record<string, string[]>; values: Record<string, string> } {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    raw[key] = all.length > 1 ? all : all[0];
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const flat = z.flattenError(parsed.error);
  const fieldErrors: Record<string, string[]> = { ...(flat.fieldErrors as Record<string, string[]>) };
  if (flat.formErrors.length > 0) fieldErrors._form = flat.formErrors;
  return { ok: false, fieldErrors, values: formValues(form) };
}
