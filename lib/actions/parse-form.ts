// The zod → field-errors bridge of the form actions (server side: zod stays out of the browser).
import { z } from "zod";
import { formValues } from "@/lib/action-result";

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
