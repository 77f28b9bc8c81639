// What an OpenID Connect provider vouches for, checked with zod at the boundary (the userinfo claims,
// whose `sub` the Auth.js client has already matched against the verified ID token's).
import { z } from "zod";
import { OIDC_PROVIDER_IDS } from "./settings";

export const verifiedIdentitySchema = z.object({
  provider: z.enum(OIDC_PROVIDER_IDS),
  // OpenID Connect Core §2: at most 255 ASCII characters.
  subject: z.string().regex(/^[\x21-\x7e]{1,255}$/),
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  // FranceConnect's only: without it (ProConnect), the person declares being 15 or older.
  birthdate: z.iso.date().optional(),
});

export type VerifiedIdentity = z.infer<typeof verifiedIdentitySchema>;

/** The claims of the FranceConnect scopes, as the provider's userinfo returns them. */
export const franceConnectClaimsSchema = z.object({
  sub: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  email: z.string(),
  birthdate: z.string(),
});

/**
 * ProConnect's (its `openid given_name usual_name email` scopes): the last name is `usual_name`, there
 * is no birth date. Its optional claims (siret, phone…) are not asked for: nothing in Vigie uses them,
 * and one sent anyway is not kept.
 */
export const proConnectClaimsSchema = z.object({
  sub: z.string(),
  given_name: z.string(),
  usual_name: z.string(),
  email: z.string(),
});

function claimedIdentity(provider: string, claims: unknown) {
  if (provider === "franceconnect") {
    const parsed = franceConnectClaimsSchema.safeParse(claims);
    if (!parsed.success) return null;
    const { sub, given_name, family_name, email, birthdate } = parsed.data;
    return { provider, subject: sub, givenName: given_name, familyName: family_name, email, birthdate };
  }
  if (provider === "proconnect") {
    const parsed = proConnectClaimsSchema.safeParse(claims);
    if (!parsed.success) return null;
    const { sub, given_name, usual_name, email } = parsed.data;
    return { provider, subject: sub, givenName: given_name, familyName: usual_name, email };
  }
  return null;
}

export function identityFromClaims(provider: string, claims: unknown): VerifiedIdentity | null {
  const identity = verifiedIdentitySchema.safeParse(claimedIdentity(provider, claims));
  return identity.success ? identity.data : null;
}

export const MINIMUM_AGE = 15;

/** Full years between a birth date (YYYY-MM-DD) and `now`, in UTC. */
export function ageOn(birthdate: string, now: Date): number {
  const [year = 0, month = 1, day = 1] = birthdate.split("-").map(Number);
  const birthdayPassed = now.getUTCMonth() + 1 > month || (now.getUTCMonth() + 1 === month && now.getUTCDate() >= day);
  return now.getUTCFullYear() - year - (birthdayPassed ? 0 : 1);
}

export type RegistrationRefusal = "underAge" | "unprintableName";

/** Without a birth date from the provider, registering asks the person to declare being 15 or older. */
export function needsAgeDeclaration(identity: VerifiedIdentity): boolean {
  return !identity.birthdate;
}

/**
 * Whether a verified identity may open an account: 15 or older on its birth date (no declaration
 * needed; without one, the registration step asks for it), and names the certificate can print as the
 * provider spells them (they cannot be retyped).
 */
export function registrationRefusal(
  identity: VerifiedIdentity,
  now: Date,
  isPrintableName: (name: string) => boolean,
): RegistrationRefusal | null {
  if (identity.birthdate && ageOn(identity.birthdate, now) < MINIMUM_AGE) return "underAge";
  if (!isPrintableName(identity.givenName) || !isPrintableName(identity.familyName)) return "unprintableName";
  return null;
}
