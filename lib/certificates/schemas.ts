// Zod schema of the certificate confirmation form.
import { z } from "zod";

export const issueCertificateSchema = z.object({
  understood: z.literal("on", { error: "confirmRequired" }),
  typedName: z.string({ error: "required" }).trim().min(1, "required").max(200, "nameRetypeTooLong"),
});
