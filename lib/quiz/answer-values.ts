// A refused quiz submission's answers, carried back to the form so they are ticked again (with or without JavaScript).
/** The form field of question `id` is `q_<id>` (shared with the submission schema). */
export const QUESTION_FIELD_PREFIX = "q_";
const CHOICE_ID = /^[a-z0-9-]{1,40}$/;

/**
 * The answers of a submitted form, to tick them again when it comes back refused (a multiple-choice
 * question's ids joined by commas: choice ids never contain one). Only well-formed question fields.
 */
export function answerValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(form.keys())) {
    if (!key.startsWith(QUESTION_FIELD_PREFIX)) continue;
    const ids = form.getAll(key).filter((v): v is string => typeof v === "string" && CHOICE_ID.test(v));
    if (ids.length > 0) values[key] = [...new Set(ids)].join(",");
  }
  return values;
}

export function checkedChoices(values: Record<string, string> | undefined, field: string): string[] {
  return values?.[field]?.split(",") ?? [];
}
