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
  birthdate: z.iso.date(),
});

export type VerifiedIdentity = z.infer<typeof verifiedIdentitySchema>;

/** The claims of the FranceConnect scopes, as the provider's userinfo returns them. */
export const oidcClaimsSchema = z.object({
  sub: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  email: z.string(),
  birthdate: z.string(),
});

export function identityFromClaims(provider: string, claims: unknown): VerifiedIdentity | null {
  const parsed = oidcClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const identity = verifiedIdentitySchema.safeParse({
    provider,
    subject: parsed.data.sub,
    givenName: parsed.data.given_name,
    familyName: parsed.data.family_name,
    email: parsed.data.email,
    birthdate: parsed.data.birthdate,
  });
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

/**
 * Whether a verified identity may open an account: 15 or older on its birth date (no declaration
 * needed), and names the certificate can print as the provider spells them (they cannot be retyped).
 */
export function registrationRefusal(
  identity: VerifiedIdentity,
  now: Date,
  isPrintableName: (name: string) => boolean,
): RegistrationRefusal | null {
  if (ageOn(identity.birthdate, now) < MINIMUM_AGE) return "underAge";
  if (!isPrintableName(identity.givenName) || !isPrintableName(identity.familyName)) return "unprintableName";
  return null;
}
