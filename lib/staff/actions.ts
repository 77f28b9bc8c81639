"use server";
// Staff action, through the one pipeline: move a data-protection request along (received → in progress → closed).
import { formAction } from "@/lib/actions/form-action";
import { setDataRequestStatus } from "./queries";
import { dataRequestStatusSchema } from "./schemas";

const staffPath = (locale: string) => `/${locale}/staff`;

export const setDataRequestStatusAction = formAction(
  {
    schema: dataRequestStatusSchema,
    access: "staff",
    returnTo: staffPath,
    revalidate: ({ locale }) => [staffPath(locale)],
  },
  async ({ id, status }, { session }) => {
    await setDataRequestStatus(id, status, session.user.id);
    return { ok: true, data: undefined };
  },
);
