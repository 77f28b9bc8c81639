// Zod schemas of the staff forms; messages are keys of the "validation" namespace.
import { z } from "zod";
import { POLICY_PAGES as POLICY_KINDS } from "@/lib/content/public-paths";
import { DATA_REQUEST_KINDS, DATA_REQUEST_STATUSES, IDENTITY_METHODS } from "@/lib/privacy/request-vocabulary";
import { NOTE_MAX } from "@/lib/privacy/request-workflow";
import { nameSchema } from "@/lib/auth/schemas";

const withoutNul = (s: string) => !s.includes("\u0000");

/** The step's rules (which status may follow, a refusal's reason) are checked by lib/privacy/request-workflow.ts. */
export const dataRequestStatusSchema = z.object({
  id: z.uuid({ error: "requestUnknown" }),
  status: z.enum(DATA_REQUEST_STATUSES, { error: "statusRequired" }),
  note: z
    .string({ error: "noteTooLong" })
    .trim()
    .max(NOTE_MAX, "noteTooLong")
    .refine(withoutNul, "invalidCharacter")
    .optional()
    .default(""),
});

export const dataRequestIdentitySchema = z.object({
  id: z.uuid({ error: "requestUnknown" }),
  method: z.enum(IDENTITY_METHODS, { error: "identityMethodRequired" }),
});

/** A request the DPO received by email, recorded by staff for the account holding that address. */
export const recordDataRequestSchema = z.object({
  email: z.email({ error: "emailInvalid" }).max(254, "emailInvalid"),
  kind: z.enum(DATA_REQUEST_KINDS, { error: "kindRequired" }),
  message: z
    .string({ error: "messageLength" })
    .trim()
    .min(10, "messageLength")
    .max(5000, "messageLength")
    .refine(withoutNul, "invalidCharacter"),
});

export const publishPolicySchema = z.object({
  kind: z.enum(POLICY_KINDS, { error: "policyNotPublishable" }),
  fingerprint: z.string({ error: "policyNotPublishable" }).regex(/^[0-9a-f]{64}$/, "policyNotPublishable"),
  confirm: z.literal("on", { error: "confirmPublication" }),
});

/** ?page= of the audit trail: anything not a sensible page number reads as the first page. */
export const auditPageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** The DPO grants a rectification of the certified name: the corrected names, and the irreversible step confirmed. */
export const rectifyCertificateSchema = z.object({
  id: z.uuid({ error: "requestUnknown" }),
  firstName: nameSchema,
  lastName: nameSchema,
  confirm: z.literal("on", { error: "confirmRectification" }),
});
