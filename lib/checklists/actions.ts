"use server";
// Saving a checklist's ticks to the learner's account: a plain form (works without JavaScript) or the
// lesson's checkboxes, which submit the same form on each change.
import { formAction } from "@/lib/actions/form-action";
import { now } from "@/lib/clock";
import { findChecklist } from "./catalogue";
import { saveChecklistSchema } from "./schemas";
import { normaliseTicks } from "./rules";
import { saveTicks } from "./ticks";

export const saveChecklistAction = formAction(
  {
    schema: saveChecklistSchema,
    access: "user",
    returnTo: (locale) => `/${locale}/dashboard`,
    revalidate: ({ locale, checklistId }) => [`/${locale}/checklists/${checklistId}`],
  },
  async ({ checklistId, item }, { session }) => {
    const checklist = findChecklist(checklistId);
    if (!checklist) return { ok: false, fieldErrors: { checklistId: ["checklistUnknown"] } };
    await saveTicks(session.user.id, checklistId, normaliseTicks(item, checklist.items.fr.length), now());
    return { ok: true, data: undefined };
  },
);
