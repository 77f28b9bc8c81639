// Certificate reads: the owner's certificates, the PDF snapshot, and public verification by code.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, type Certificate } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { getCourse, localize } from "@/lib/content/load";
import type { CertificateSnapshot } from "./pdf/snapshot";
import { trackLine } from "./pdf/wording";
import { signedVerificationUrl } from "./signing/signed-link";
import { normaliseVerificationCode } from "./verification-code";

/** Every certificate ever issued to the learner, whatever their current track, oldest first. */
export async function findOwnCertificates(userId: string): Promise<Certificate[]> {
  return db
    .select()
    .from(certificates)
    .where(eq(certificates.userId, userId))
    .orderBy(asc(certificates.issuedAt), asc(certificates.track));
}

/** A certificate's own page: view, print, PDF and verification link. */
export function certificatePagePath(locale: string, code: string): string {
  return `/${locale}/certificates/${code}`;
}

/** What the certificate lists and pages show of one certificate, in the page's language. */
export interface CertificateView {
  code: string;
  track: Certificate["track"];
  firstName: string;
  lastName: string;
  issuedAt: Date;
  /** "Parcours grand public (modules 1 et 2)": the modules it attests, as the PDF says them. */
  trackLabel: string;
  modules: string[];
  verificationUrl: string;
  pdfPath: string;
  openBadgePath: string;
}

export function toCertificateView(c: Certificate, locale: "fr" | "en"): CertificateView {
  const snapshot = toSnapshot(c);
  const inPageLanguage = getCourse();
  return {
    code: c.verificationCode,
    track: c.track,
    firstName: c.firstName,
    lastName: c.lastName,
    issuedAt: c.issuedAt,
    trackLabel: trackLine(locale, snapshot),
    modules: c.moduleVersions.map((mv) => {
      const m = inPageLanguage.modules.find((x) => x.id === mv.moduleId);
      return m ? localize(m.title, locale) : mv.moduleId;
    }),
    // The link is in the certificate's language, as printed on it.
    verificationUrl: snapshot.verificationUrl,
    pdfPath: `/api/certificates/${c.verificationCode}/pdf`,
    openBadgePath: `/api/certificates/${c.verificationCode}/open-badge`,
  };
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

/** The legacy link by code: works only while the certificate's row exists (see signing/signed-link.ts). */
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
    // Signed: the link verifies from its own content, even once this row is erased.
    verificationUrl: signedVerificationUrl(c),
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
