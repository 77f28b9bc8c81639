// "Complete your registration" for a verified identity no account has: the names, email and age come
// from the provider (the age declared when it sends no birth date); the learner chooses the track (and
// category) and accepts the policies. Never links
// to an existing account: an email already in use is refused here (linking needs proof of owning it).
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import type { ProfessionalCategory, Track } from "@/lib/account/tracks";
import { isPrintableName } from "@/lib/certificates/printable-name";
import { now as clockNow } from "@/lib/clock";
import type { Locale } from "@/lib/i18n/locales";
import { acceptCurrentPolicies } from "@/lib/policies/acceptance";
import { findByEmail } from "../accounts";
import { hashPassword } from "../password";
import { createSession } from "../sessions";
import { findUserByIdentity, linkIdentity } from "./identities";
import { needsAgeDeclaration, registrationRefusal, type RegistrationRefusal } from "./identity";
import type { PendingIdentity } from "./pending";

export interface IdentityRegistration {
  track: Track;
  professionalCategory?: ProfessionalCategory;
  locale: Locale;
  /** The "15 or older" box, which counts only when the provider sent no birth date. */
  ageConfirmed?: boolean;
}

export type IdentityRegistrationOutcome =
  | { ok: true; user: User; sid: string }
  | { ok: false; reason: RegistrationRefusal | "ageNotDeclared" | "emailTaken" | "identityTaken" };

class IdentityTaken extends Error {}

export async function registerFromIdentity(
  identity: PendingIdentity,
  input: IdentityRegistration,
  now = clockNow(),
): Promise<IdentityRegistrationOutcome> {
  const refusal = registrationRefusal(identity, now, isPrintableName);
  if (refusal) return { ok: false, reason: refusal };
  if (needsAgeDeclaration(identity) && !input.ageConfirmed) return { ok: false, reason: "ageNotDeclared" };
  if (await findUserByIdentity(identity.provider, identity.subject)) return { ok: false, reason: "identityTaken" };
  if (await findByEmail(identity.email)) return { ok: false, reason: "emailTaken" };
  // No password yet: a random one nobody knows (the learner may set one through "forgot password").
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    const user = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          firstName: identity.givenName,
          lastName: identity.familyName,
          // The names are the provider's: read-only on the profile, and so marked on each certificate.
          namesVerifiedBy: identity.provider,
          username: `fc_${randomBytes(6).toString("hex")}`,
          email: identity.email,
          passwordHash,
          passwordChosen: false,
          track: input.track,
          professionalCategory: input.track === "professional" ? (input.professionalCategory ?? "other") : null,
          locale: input.locale,
          ageConfirmedAt: now,
          emailVerifiedAt: now,
          createdAt: now,
          lastActivityAt: now,
        })
        .returning();
      if (!created) throw new Error("user insert returned nothing");
      if (!(await linkIdentity(created.id, identity.provider, identity.subject, now, tx))) throw new IdentityTaken();
      await acceptCurrentPolicies(created.id, ["site", "privacy", "cookies"], tx, now);
      return created;
    });
    const oidc = identity.idToken ? { provider: identity.provider, idToken: identity.idToken } : null;
    return { ok: true, user, sid: await createSession(user.id, now, { oidc }) };
  } catch (error) {
    if (error instanceof IdentityTaken) return { ok: false, reason: "identityTaken" };
    // Two tabs finishing at once, or the email taken meanwhile: the unique index answers.
    if (await findByEmail(identity.email)) return { ok: false, reason: "emailTaken" };
    throw error;
  }
}
