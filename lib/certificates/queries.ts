// Certificate reads: the owner's certificates, the PDF snapshot, and public verification by code.
import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, type Certificate } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { getCourse, localize } from "@/lib/content/load";
import type { CertificateSnapshot } from "./pdf/snapshot";
import { normaliseVerificationCode } from "./verification-code";

export async function findOwnCertificates(userId: string): Promise<Certificate[]> {
  return db.select().from(certificates).where(eq(certificates.userId, userId));
}

/** The certificate only if it belongs to this user: anyone else gets null (and a 404). */
export async function getOwnCertificate(userId: string, code: string): Promise<Certificate | null> {
  const normalised = normaliseVerificationCode(code);
  if (!normalised) return null;
  const [c] = await db
    .select()
    .from(certificates)
    .where(and(eq(certificates.verificationCode, normalised), eq(certificates.userId, userId)));
  return c ?? null;
}

export function verificationUrl(code: string, locale: string): string {
  return `${env.APP_URL}/${locale}/verify/${code}`;
}

/** Module titles come from the content, in the certificate's language; the attested versions are stored. */
export function toSnapshot(c: Certificate): CertificateSnapshot {
  const course = getCourse();
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    track: c.track,
    locale: c.locale,
    issuedAt: c.issuedAt,
    verificationCode: c.verificationCode,
    verificationUrl: verificationUrl(c.verificationCode, c.locale),
    modules: c.moduleVersions.map((mv, index) => {
      const m = course.modules.find((x) => x.id === mv.moduleId);
      return { number: m?.order ?? index + 1, title: m ? localize(m.title, c.locale) : mv.moduleId };
    }),
  };
}

export interface VerifiedCertificate {
  firstName: string;
  lastName: string;
  track: Certificate["track"];
  issuedAt: Date;
  code: string;
}

export async function verifyCertificate(code: string): Promise<VerifiedCertificate | null> {
  const normalised = normaliseVerificationCode(code);
  if (!normalised) return null;
  const [c] = await db.select().from(certificates).where(eq(certificates.verificationCode, normalised));
  return c
    ? { firstName: c.firstName, lastName: c.lastName, track: c.track, issuedAt: c.issuedAt, code: c.verificationCode }
    : null;
}
