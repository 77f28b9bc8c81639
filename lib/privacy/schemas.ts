// Zod schemas of the privacy forms; messages are keys of the "validation" namespace.
import { z } from "zod";
import { DATA_REQUEST_KINDS } from "./request-vocabulary";

export const deleteAccountSchema = z.object({
  password: z.string({ error: "required" }).min(1, "required").max(1024),
  confirmDelete: z.literal("on", { error: "confirmRequired" }),
});

// PostgreSQL text cannot hold NUL: refused here rather than failing at the insert (the message is
// stored, and stored again in the outbox copy of the DPO's email).
const withoutNul = (s: string) => !s.includes("\u0000");

export const dataRequestSchema = z.object({
  kind: z.enum(DATA_REQUEST_KINDS, { error: "kindRequired" }),
  message: z
    .string({ error: "messageLength" })
    .trim()
    .min(10, "messageLength")
    .max(5000, "messageLength")
    .refine(withoutNul, "invalidCharacter"),
});
