// The checklist form: which checklist, and the indices of the ticked items (checkboxes named "item").
// Error messages are keys of the "validation" messages.
import { z } from "zod";

const index = z.coerce
  .number({ error: "invalidChoice" })
  .int({ error: "invalidChoice" })
  .min(0, { error: "invalidChoice" })
  .max(29, { error: "invalidChoice" });

export const saveChecklistSchema = z.object({
  checklistId: z
    .string({ error: "checklistUnknown" })
    .regex(/^m\d+-u\d+-[a-z0-9-]{1,40}$/, { error: "checklistUnknown" }),
  // No box ticked sends no "item" at all; one sends a string, several an array (parse-form.ts).
  item: z
    .union([index, z.array(index).max(30)], { error: "invalidChoice" })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});
