// Certificate reads: the owner's certificates, the PDF snapshot, and public verification by code.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, type AttestedModule, type Certificate } from "@/db/schema";
import type { ProfessionalCategory } from "@/lib/account/tracks";
import { env } from "@/lib/env.mjs";
import { getCourse, localize, type CourseModule } from "@/lib/content/load";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import { getMessages } from "@/lib/i18n/catalogue";
import type { CertificateSnapshot } from "./pdf/snapshot";
import { attestationLines, formatDuration, NBSP } from "./pdf/wording";
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
  /** "Catégorie professionnelle : Élu local", as the PDF says it; null when none was recorded. */
  categoryLabel: string | null;
  /** "Durée annoncée des modules : 1 h 58 min", as the PDF says it. */
  durationLabel: string;
  /** `path`: the units are those the category's path required, not the whole module. */
  modules: { title: string; duration: string; units: string[]; path: boolean }[];
  /** The provider that verified the names ("FranceConnect"); null when the holder typed them. */
  namesVerifiedBy: string | null;
  verificationUrl: string;
  pdfPath: string;
  openBadgePath: string;
}

export function toCertificateView(c: Certificate, locale: "fr" | "en"): CertificateView {
  const snapshot = toSnapshot(c);
  const attested = attestationLines(locale, { ...snapshot, category: categoryLabel(c.professionalCategory, locale) });
  const course = getCourse();
  return {
    code: c.verificationCode,
    track: c.track,
    firstName: c.firstName,
    lastName: c.lastName,
    issuedAt: c.issuedAt,
    trackLabel: attested.track,
    categoryLabel: attested.category,
    durationLabel: attested.duration,
    modules: c.moduleVersions.map((mv, i) => {
      const m = course.modules.find((x) => x.id === mv.moduleId);
      const units = mv.unitIds ?? m?.units.map((u) => u.id) ?? [];
      return {
        title: m ? localize(m.title, locale) : mv.moduleId,
        duration: formatDuration(snapshot.modules[i]?.durationMinutes ?? 0),
        path: mv.categoryPath === true,
        units: units.map((id) => {
          const unit = m?.units.find((u) => u.id === id);
          return unit ? localize(unit.title, locale) : id;
        }),
      };
    }),
    namesVerifiedBy: snapshot.namesVerifiedBy ?? null,
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

/** The category's name in the given language (the sign-up form's words). */
function categoryLabel(category: ProfessionalCategory | null, locale: "fr" | "en"): string | null {
  if (!category) return null;
  const auth = getMessages(locale).auth as Record<string, string>;
  return auth[`category_${category}`] ?? null;
}

/** "3.1 Cadre et responsabilités": the attested units, numbered as in the course. */
function numberedUnits(mv: AttestedModule, m: CourseModule | undefined, locale: "fr" | "en"): string[] {
  return (mv.unitIds ?? []).map((id) => {
    const index = m?.units.findIndex((u) => u.id === id) ?? -1;
    const unit = m?.units[index];
    return unit ? `${m!.order}.${index + 1}${NBSP}${localize(unit.title, locale)}` : id;
  });
}

/** Announced duration at issue; certificates issued before it was recorded fall back to the content's. */
function attestedDuration(mv: AttestedModule, m: CourseModule | undefined): number {
  return mv.durationMinutes ?? m?.durationMinutes ?? 0;
}

/**
 * Module titles come from the content, in the certificate's language; the attested versions, durations
 * and category are stored.
 */
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
    category: c.track === "professional" ? categoryLabel(c.professionalCategory, c.locale) : null,
    modules: c.moduleVersions.map((mv, index) => {
      const m = course.modules.find((x) => x.id === mv.moduleId);
      return {
        number: m?.order ?? index + 1,
        title: m ? localize(m.title, c.locale) : mv.moduleId,
        durationMinutes: attestedDuration(mv, m),
        ...(mv.categoryPath ? { units: numberedUnits(mv, m, c.locale) } : {}),
      };
    }),
    ...(c.namesVerifiedBy ? { namesVerifiedBy: OIDC_PROVIDER_NAMES[c.namesVerifiedBy] } : {}),
  };
}

export interface VerifiedCertificate {
  firstName: string;
  lastName: string;
  track: Certificate["track"];
  issuedAt: Date;
  code: string;
  /** The provider that verified the names ("FranceConnect"); null when the holder typed them. */
  namesVerifiedBy: string | null;
}

export async function verifyCertificate(code: string): Promise<VerifiedCertificate | null> {
  const normalised = normaliseVerificationCode(code);
  if (!normalised) return null;
  const [c] = await db.select().from(certificates).where(eq(certificates.verificationCode, normalised));
  return c
    ? {
        firstName: c.firstName,
        lastName: c.lastName,
        track: c.track,
        issuedAt: c.issuedAt,
        code: c.verificationCode,
        namesVerifiedBy: c.namesVerifiedBy ? OIDC_PROVIDER_NAMES[c.namesVerifiedBy] : null,
      }
    : null;
}
