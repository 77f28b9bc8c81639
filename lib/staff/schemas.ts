// Zod schemas of the staff forms; messages are keys of the "validation" namespace.
import { z } from "zod";
import { POLICY_PAGES as POLICY_KINDS } from "@/lib/content/public-paths";
import { DATA_REQUEST_STATUSES } from "@/lib/privacy/request-vocabulary";

export const dataRequestStatusSchema = z.object({
  id: z.uuid({ error: "requestUnknown" }),
  status: z.enum(DATA_REQUEST_STATUSES, { error: "statusRequired" }),
});

export const publishPolicySchema = z.object({
  kind: z.enum(POLICY_KINDS, { error: "policyNotPublishable" }),
  fingerprint: z.string({ error: "policyNotPublishable" }).regex(/^[0-9a-f]{64}$/, "policyNotPublishable"),
  confirm: z.literal("on", { error: "confirmPublication" }),
});

/** ?page= of the audit trail: anything not a sensible page number reads as the first page. */
export const auditPageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);
