// Signed verification links: the certificate's claims in a compact JWS, checked without any personal data stored.
import "server-only";
import type { Executor } from "@/db/client";
import type { Certificate } from "@/db/schema";
import type { ProfessionalCategory } from "@/lib/account/tracks";
import { env } from "@/lib/env.mjs";
import { decodeClaims, encodeClaims, type CertificateClaims } from "./claims";
import { signCompact, verifyCompact } from "./jws";
import { getSigningKey, resolvePublishedKey } from "./keys";
import { getRevocationStatus, type RevocationStatus } from "./revocations";

/** A signed link's token holds three base64url parts; a verification code never holds a dot. */
export function isSignedToken(value: string): boolean {
  return value.includes(".");
}

/** The row, plus the professional category once the certificate records it (absent: none). */
export type SignableCertificate = Certificate & { professionalCategory?: ProfessionalCategory | null };

export function certificateClaims(c: SignableCertificate): CertificateClaims {
  return {
    id: c.verificationCode,
    firstName: c.firstName,
    lastName: c.lastName,
    track: c.track,
    category: c.track === "professional" ? (c.professionalCategory ?? null) : null,
    modules: c.moduleVersions,
    issuedAt: c.issuedAt,
    ...(c.namesVerifiedBy ? { namesVerifiedBy: c.namesVerifiedBy } : {}),
  };
}

export function signClaims(claims: CertificateClaims): string {
  return signCompact(encodeClaims(claims), getSigningKey());
}

export function signedVerificationUrl(c: SignableCertificate, locale: string = c.locale): string {
  return `${env.APP_URL}/${locale}/verify/${signClaims(certificateClaims(c))}`;
}

/** The claims if the token is a certificate this platform signed (with any published key), else null. */
export function readSignedToken(token: string): CertificateClaims | null {
  const payload = verifyCompact(token, resolvePublishedKey);
  return payload ? decodeClaims(payload) : null;
}

export type SignedVerification =
  | { authentic: false }
  /** Signed by this platform; whether it still stands depends on `revocation` too. */
  | { authentic: true; claims: CertificateClaims; revocation: RevocationStatus };

export async function verifySignedToken(token: string, exec?: Executor): Promise<SignedVerification> {
  const claims = readSignedToken(token);
  if (!claims) return { authentic: false };
  return { authentic: true, claims, revocation: await getRevocationStatus(claims.id, exec) };
}
