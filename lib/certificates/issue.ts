// Issuing a certificate: eligibility re-checked inside one transaction, at most one per learner and track.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, unitProgress, users, type AttestedModule, type Certificate, type User } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { getCourse } from "@/lib/content/load";
import { queueEmails, recordEmail } from "@/lib/email/send";
import { moduleUnits } from "@/lib/progress/queries";
import { certificateEligibility } from "@/lib/progress/rules";
import { attestedModule } from "./attested-module";
import { compareNames, type NameComparison } from "./name-comparison";
import { isPrintableName } from "./printable-name";
import { certificatePagePath } from "./queries";
import { signedVerificationUrl } from "./signing/signed-link";
import { generateVerificationCode } from "./verification-code";

export type IssueOutcome =
  | { ok: true; certificate: Certificate; created: boolean }
  | { ok: false; error: "notEligible" }
  | { ok: false; error: "nameNotPrintable" }
  | { ok: false; error: "nameMismatch"; mismatch: Extract<NameComparison, { same: false }> };

/** The name exactly as printed: what the learner must retype to confirm. */
export function printedName(user: Pick<User, "firstName" | "lastName">): string {
  return `${user.firstName} ${user.lastName}`;
}

/** Names stored before the printable-name rule may hold letters the certificate fonts cannot draw. */
export function canPrintName(user: Pick<User, "firstName" | "lastName">): boolean {
  return isPrintableName(user.firstName) && isPrintableName(user.lastName);
}

export async function issueCertificate(userId: string, typedName: string, now = clockNow()): Promise<IssueOutcome> {
  const course = getCourse();
  let emailId: string | null = null;
  const outcome = await db.transaction(async (tx): Promise<IssueOutcome> => {
    // Row lock: two tabs or a double click wait for each other here.
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user) return { ok: false, error: "notEligible" };
    const [existing] = await tx
      .select()
      .from(certificates)
      .where(and(eq(certificates.userId, userId), eq(certificates.track, user.track)));
    if (existing) return { ok: true, certificate: existing, created: false };
    // Before the name is frozen: one the certificate would not print as typed (empty boxes, scrambled
    // right-to-left letters) must be corrected first, while it still can be.
    if (!canPrintName(user)) return { ok: false, error: "nameNotPrintable" };
    const comparison = compareNames(typedName, printedName(user));
    if (!comparison.same) return { ok: false, error: "nameMismatch", mismatch: comparison };
    const progress = await tx
      .select({ unitId: unitProgress.unitId })
      .from(unitProgress)
      .where(and(eq(unitProgress.userId, userId), sql`${unitProgress.validatedAt} is not null`));
    const eligibility = certificateEligibility(
      user.track,
      course.tracks,
      moduleUnits(),
      new Set(progress.map((p) => p.unitId)),
      user.professionalCategory,
    );
    if (!eligibility.eligible) return { ok: false, error: "notEligible" };
    // What the certificate attests, frozen now: versions, announced durations, units, category.
    const category = user.track === "professional" ? user.professionalCategory : null;
    const moduleVersions = course.tracks[user.track].map((slug): AttestedModule => {
      const m = course.modules.find((x) => x.slug === slug);
      return m ? attestedModule(m, user.track, category) : { moduleId: slug, version: "unknown" };
    });
    const [created] = await tx
      .insert(certificates)
      .values({
        userId,
        track: user.track,
        firstName: user.firstName,
        lastName: user.lastName,
        // Whether a provider vouched for these very names: frozen with them, as printed and signed.
        namesVerifiedBy: user.namesVerifiedBy,
        verificationCode: generateVerificationCode(),
        locale: user.locale,
        professionalCategory: category,
        moduleVersions,
        issuedAt: now,
      })
      .onConflictDoNothing({ target: [certificates.userId, certificates.track] })
      .returning();
    if (!created) {
      const [again] = await tx
        .select()
        .from(certificates)
        .where(and(eq(certificates.userId, userId), eq(certificates.track, user.track)));
      if (!again) return { ok: false, error: "notEligible" };
      return { ok: true, certificate: again, created: false };
    }
    // The learner's email is committed with the certificate.
    emailId = await recordEmail(
      {
        to: user.email,
        userId,
        template: "certificateIssued",
        locale: user.locale,
        values: {
          firstName: user.firstName,
          code: created.verificationCode,
          verifyUrl: signedVerificationUrl(created, user.locale),
        },
        // This certificate's own page (view, print, PDF), which stays whatever track the learner switches to.
        url: `${env.APP_URL}${certificatePagePath(user.locale, created.verificationCode)}`,
      },
      tx,
    );
    return { ok: true, certificate: created, created: true };
  });
  if (emailId) await queueEmails([emailId]);
  return outcome;
}
