// A certificate as an Open Badges 3.0 credential (OpenBadgeCredential), signed as a VC-JWT with the certificate key.
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import type { CertificateClaims } from "./signing/claims";

export const OB_CONTEXT = [
  "https://www.w3.org/ns/credentials/v2",
  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
] as const;
export const OB_SCHEMA_ID =
  "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

/** What the credential says, already in the certificate's language. */
export interface OpenBadgeInput {
  claims: CertificateClaims;
  /** The certificate row's uuid: the credential's stable id. */
  certificateUuid: string;
  locale: "fr" | "en";
  appUrl: string;
  title: string;
  course: string;
  trackLabel: string;
  /** Label of the professional category, when there is one. */
  categoryLabel: string | null;
  /** `units`: only for a module attested in part (the professional category's path). */
  modules: { number: number; title: string; durationMinutes: number; units?: string[] }[];
  verificationUrl: string;
}

const WORDING = {
  fr: {
    description: (course: string, verifiedBy: string | null) =>
      `Suivi complet du parcours de sensibilisation « ${course} » sur la plateforme Vigie. Cette plateforme n'est pas agréée : cette attestation ne constitue ni un diplôme ni une certification professionnelle ; ${verifiedBy ? `l'identité du titulaire a été vérifiée par ${verifiedBy}.` : "l'identité du titulaire n'a pas été vérifiée."}`,
    verified: (provider: string) => `Identité vérifiée par ${provider}`,
    criteria: (modules: string, total: string) =>
      `Chaque unité des modules suivants validée par un quiz réussi avec au moins 80 % de bonnes réponses, après la durée minimale d'étude fixée pour l'unité : ${modules}. Durée annoncée : ${total}.`,
    minutes: (n: number) => `${n} min`,
    module: (n: number, title: string, duration: string) => `module ${n} « ${title} » (${duration})`,
    pathUnits: (units: string) => `, unités exigées pour la catégorie professionnelle : ${units}`,
    separator: " ; ",
  },
  en: {
    description: (course: string, verifiedBy: string | null) =>
      `Completion of the awareness course "${course}" on the Vigie platform. This platform is not accredited: this certificate is neither a diploma nor a professional qualification; ${verifiedBy ? `the holder's identity was verified by ${verifiedBy}.` : "the holder's identity was not verified."}`,
    verified: (provider: string) => `Identity verified by ${provider}`,
    criteria: (modules: string, total: string) =>
      `Each unit of the following modules validated by a quiz passed with at least 80% correct answers, after the unit's minimum study time: ${modules}. Announced duration: ${total}.`,
    minutes: (n: number) => `${n} min`,
    module: (n: number, title: string, duration: string) => `module ${n} "${title}" (${duration})`,
    pathUnits: (units: string) => `, units required for the professional category: ${units}`,
    separator: "; ",
  },
} as const;

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The OpenBadgeCredential, with the JWT claims OB 3.0 requires (iss, jti, nbf, sub) beside it. */
export function buildOpenBadgeCredential(input: OpenBadgeInput): Record<string, unknown> {
  const { claims, locale, appUrl } = input;
  const w = WORDING[locale];
  const verifiedBy = claims.namesVerifiedBy ? OIDC_PROVIDER_NAMES[claims.namesVerifiedBy] : null;
  const id = `urn:uuid:${input.certificateUuid}`;
  const subjectId = `urn:vigie:certificate:${claims.id}`;
  const issuer = { id: appUrl, type: ["Profile"], name: "Vigie", url: appUrl };
  const total = input.modules.reduce((sum, m) => sum + m.durationMinutes, 0);
  const moduleList = input.modules
    .map(
      (m) =>
        w.module(m.number, m.title, w.minutes(m.durationMinutes)) + (m.units ? w.pathUnits(m.units.join(", ")) : ""),
    )
    .join(w.separator);
  const credential = {
    "@context": [...OB_CONTEXT],
    id,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    issuer,
    validFrom: isoSeconds(claims.issuedAt),
    name: `${input.title} — ${input.course}`,
    credentialSubject: {
      id: subjectId,
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityHash: `${claims.firstName} ${claims.lastName}`,
          identityType: "name",
          hashed: false,
        },
      ],
      ...(input.categoryLabel ? { role: input.categoryLabel } : {}),
      activityEndDate: isoSeconds(claims.issuedAt),
      achievement: {
        id: `${appUrl}/${locale}/modules#${claims.track}`,
        type: ["Achievement"],
        achievementType: "CertificateOfCompletion",
        name: `${input.course} — ${input.trackLabel}`,
        description: w.description(input.course, verifiedBy),
        criteria: { narrative: w.criteria(moduleList, w.minutes(total)) },
        creator: issuer,
        inLanguage: locale,
        version: claims.modules.map((m) => `${m.moduleId}@${m.version}`).join(" "),
      },
    },
    evidence: [
      {
        id: input.verificationUrl,
        type: ["Evidence"],
        name: input.title,
        ...(verifiedBy ? { narrative: w.verified(verifiedBy) } : {}),
      },
    ],
    credentialSchema: [{ id: OB_SCHEMA_ID, type: "1EdTechJsonSchemaValidator2019" }],
  };
  return {
    ...credential,
    iss: issuer.id,
    jti: id,
    nbf: Math.floor(claims.issuedAt.getTime() / 1000),
    sub: subjectId,
  };
}
