// Zod schemas of the organisation forms; messages are keys of the "validation" namespace.
import { z } from "zod";
import { TRACKS } from "@/lib/account/tracks";
import { ORGANISATION_KINDS } from "./rules";

const withoutNul = (s: string) => !s.includes("\u0000");
const id = z.uuid({ error: "invalidChoice" });

export const createOrganisationSchema = z.object({
  name: z
    .string({ error: "required" })
    .trim()
    .min(2, "organisationNameLength")
    .max(120, "organisationNameLength")
    .refine(withoutNul, "invalidCharacter"),
  kind: z.enum(ORGANISATION_KINDS, { error: "organisationKindRequired" }),
});

export const organisationSchema = z.object({ organisationId: id });

export const invitationSchema = z.object({ organisationId: id, invitationId: id });

/** A CSV pasted or read from a file: 300 addresses of 254 characters fit well under 128 KB. */
export const csvInvitationSchema = z.object({
  organisationId: id,
  csv: z
    .string({ error: "csvRequired" })
    .trim()
    .min(3, "csvRequired")
    .max(128 * 1024, "csvTooLong")
    .refine(withoutNul, "invalidCharacter"),
});

export const answerInvitationSchema = z
  .object({
    token: z
      .string()
      .min(10)
      .max(100)
      .regex(/^[A-Za-z0-9_-]+$/),
    answer: z.enum(["join", "decline"]),
    consent: z.literal("on", { error: "consentRequired" }).optional(),
  })
  // Joining is consenting: the box must be ticked to join, never to decline.
  .refine((v) => v.answer === "decline" || v.consent === "on", { path: ["consent"], message: "consentRequired" });

export const memberSchema = z.object({ organisationId: id, memberId: id });

export const transferSchema = memberSchema.extend({ confirmTransfer: z.literal("on", { error: "confirmRequired" }) });

export const deleteOrganisationSchema = organisationSchema.extend({
  confirmDelete: z.literal("on", { error: "confirmRequired" }),
});

/** The report's filters, from the page's query string and the downloads' alike (unknown values refused). */
export const reportFiltersSchema = z.object({
  track: z.enum(TRACKS).optional().catch(undefined),
  certified: z.enum(["yes", "no"]).optional().catch(undefined),
  unit: z
    .string()
    .regex(/^m\d{1,2}-u\d{1,2}$/)
    .optional()
    .catch(undefined),
});
