// The one result type every form action returns. No zod here: client components import this module,
// and zod in the browser costs ≈ 100 KB of script on every page and a CSP eval report (zod 4 probes
// `new Function` when it builds an object schema). The zod → field-errors bridge is lib/actions/parse-form.ts.

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
