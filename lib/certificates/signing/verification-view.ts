// What the verification page shows of a signed link's claims, in the page's language, from the content alone.
import "server-only";
import { getCourse, localize } from "@/lib/content/load";
import { attestationLines, formatDuration } from "../pdf/wording";
import type { CertificateClaims } from "./claims";

export interface SignedCertificateView {
  /** What components/certificate/certificate-card.tsx shows. */
  card: {
    firstName: string;
    lastName: string;
    track: CertificateClaims["track"];
    issuedAt: Date;
    code: string;
    modules: { title: string; duration: string; units: string[] }[];
    trackLabel: string;
    durationLabel: string;
  };
  category: CertificateClaims["category"];
  /** The content version attested for each module, by module number. */
  versions: { number: number; version: string }[];
}

export function toSignedCertificateView(claims: CertificateClaims, locale: "fr" | "en"): SignedCertificateView {
  const course = getCourse();
  const modules = claims.modules.map((mv, index) => {
    const m = course.modules.find((x) => x.id === mv.moduleId);
    return {
      number: m?.order ?? index + 1,
      title: m ? localize(m.title, locale) : mv.moduleId,
      version: mv.version,
      // The link carries which modules, not their durations or units: those of the content are shown.
      durationMinutes: m?.durationMinutes ?? 0,
      units: m?.units.map((u) => localize(u.title, locale)) ?? [],
    };
  });
  const attested = attestationLines(locale, { track: claims.track, category: null, modules });
  return {
    card: {
      firstName: claims.firstName,
      lastName: claims.lastName,
      track: claims.track,
      issuedAt: claims.issuedAt,
      code: claims.id,
      modules: modules.map((m) => ({ title: m.title, duration: formatDuration(m.durationMinutes), units: m.units })),
      trackLabel: attested.track,
      durationLabel: attested.duration,
    },
    category: claims.category,
    versions: modules.map(({ number, version }) => ({ number, version })),
  };
}
