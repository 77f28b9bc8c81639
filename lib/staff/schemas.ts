// Zod schemas of the staff forms; messages are keys of the "validation" namespace.
import { z } from "zod";
import { DATA_REQUEST_STATUSES } from "@/lib/privacy/request-vocabulary";

export const dataRequestStatusSchema = z.object({
  id: z.uuid({ error: "requestUnknown" }),
  status: z.enum(DATA_REQUEST_STATUSES, { error: "statusRequired" }),
});
