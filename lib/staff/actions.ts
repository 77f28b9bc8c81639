"use server";
// Staff action: move a data-protection request along (received → in progress → closed).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { DATA_REQUEST_STATUSES } from "@/lib/privacy/request-vocabulary";
import { getCurrentSession } from "@/lib/auth/session";
import { setDataRequestStatus } from "./queries";

const schema = z.object({ locale: z.enum(["fr", "en"]).catch("fr"), id: z.uuid(), status: z.enum(DATA_REQUEST_STATUSES) });

export async function setDataRequestStatusAction(form: FormData): Promise<void> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  const locale = form.get("locale") === "en" ? "en" : "fr";
  const current = await getCurrentSession();
  if (!current || current.user.role !== "staff") redirect(`/${locale}/dashboard`);
  if (parsed.success) await setDataRequestStatus(parsed.data.id, parsed.data.status);
  revalidatePath(`/${locale}/staff`);
}
