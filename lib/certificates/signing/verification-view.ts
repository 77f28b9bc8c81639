// What the verification page shows of a signed link's claims, in the page's language, from the content alone.
import "server-only";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import { getCourse, localize } from "@/lib/content/load";
import { attestedModule } from "../attested-module";
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
    modules: { title: string; duration: string; units: string[]; path: boolean }[];
    trackLabel: string;
    durationLabel: string;
    /** From the signed `v` claim: links signed before it existed, or for typed names, have none. */
    namesVerifiedBy: string | null;
  };
  category: CertificateClaims["category"];
  /** The content version attested for each module, by module number. */
  versions: { number: number; version: string }[];
}

export function toSignedCertificateView(claims: CertificateClaims, locale: "fr" | "en"): SignedCertificateView {
  const course = getCourse();
  const modules = claims.modules.map((mv, index) => {
    const m = course.modules.find((x) => x.id === mv.moduleId);
    // A link signed with the category's path carries its units: those are shown, whatever the content
    // says today (a unit since added to the path, or removed, changes nothing). An older link carries only
    // the module and the category: the content's path for that category is shown.
    const signedPath = mv.categoryPath && mv.unitIds ? mv.unitIds : null;
    const attested = m && !signedPath ? attestedModule(m, claims.track, claims.category) : null;
    const unitIds = signedPath ?? attested?.unitIds ?? [];
    const units = m?.units.filter((u) => unitIds.includes(u.id)) ?? [];
    return {
      number: m?.order ?? index + 1,
      title: m ? localize(m.title, locale) : mv.moduleId,
      version: mv.version,
      durationMinutes: signedPath
        ? units.reduce((sum, u) => sum + u.durationMinutes, 0)
        : (attested?.durationMinutes ?? 0),
      // A unit the content no longer has is still named, by its id.
      units: signedPath
        ? signedPath.map((id) => {
            const unit = m?.units.find((u) => u.id === id);
            return unit ? localize(unit.title, locale) : id;
          })
        : units.map((u) => localize(u.title, locale)),
      path: signedPath !== null || attested?.categoryPath === true,
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
      modules: modules.map((m) => ({
        title: m.title,
        duration: formatDuration(m.durationMinutes),
        units: m.units,
        path: m.path,
      })),
      trackLabel: attested.track,
      durationLabel: attested.duration,
      namesVerifiedBy: claims.namesVerifiedBy ? OIDC_PROVIDER_NAMES[claims.namesVerifiedBy] : null,
    },
    category: claims.category,
    versions: modules.map(({ number, version }) => ({ number, version })),
  };
}
