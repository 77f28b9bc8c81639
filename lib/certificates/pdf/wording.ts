// The certificate's words in French and English, and the issue date as each locale prints it (Europe/Paris).
import { moduleRange } from "../track-label";
import type { CertificateSnapshot } from "./snapshot";

export const NBSP = "\u00A0";
const NNBSP = "\u202F";

export interface Wording {
  tagline: string;
  title: string;
  course: string;
  awardedTo: string;
  /** The track's name; its modules follow in brackets (trackLine). */
  trackName: Record<CertificateSnapshot["track"], string>;
  /** What the certificate attests: each unit validated, with the 80 % quiz rule. */
  statement: string;
  /** The statement when a module was attested in part: the units the category's path required. */
  statementPath: string;
  /** Ends the statement when the holder typed their own names. */
  identityUnverified: string;
  /** The discreet line under the name when a provider vouched for it ("Identité vérifiée par FranceConnect"). */
  identityVerified: (provider: string) => string;
  /** The units of a module attested in part, under its line. */
  pathUnits: (units: string) => string;
  category: (name: string) => string;
  duration: (total: string) => string;
  modulesHeading: string;
  moduleLabel: (n: number) => string;
  issued: (date: string) => string;
  validity: string;
  notAccredited: string;
  verify: (url: string, code: string) => string;
  dateLocale: string;
  pdfLanguage: string;
}

export const WORDING: Record<CertificateSnapshot["locale"], Wording> = {
  fr: {
    tagline: "Sensibilisation à la menace terroriste",
    title: "Attestation de suivi",
    course: "Faire face ensemble — sensibilisation à la menace terroriste et au plan Vigipirate",
    awardedTo: "délivrée à",
    trackName: {
      public: "Parcours grand public",
      professional: "Parcours professionnel",
    },
    statement:
      `Vigie atteste que la personne désignée ci-dessus a validé chaque unité des modules ci-dessous${NBSP}: ` +
      `elle en a ouvert la leçon et, une fois écoulée la durée minimale d'étude fixée pour l'unité, ` +
      `en a réussi le quiz avec au moins 80${NNBSP}% de bonnes réponses.`,
    statementPath:
      `Vigie atteste que la personne désignée ci-dessus a validé chaque unité des modules ci-dessous exigée ` +
      `pour sa catégorie professionnelle${NBSP}: elle en a ouvert la leçon et, une fois écoulée la durée minimale ` +
      `d'étude fixée pour l'unité, en a réussi le quiz avec au moins 80${NNBSP}% de bonnes réponses.`,
    identityUnverified: "Son identité n'a pas été vérifiée.",
    identityVerified: (provider) => `Identité vérifiée par ${provider}`,
    pathUnits: (units) => `Unités exigées pour la catégorie${NBSP}: ${units}`,
    category: (name) => `Catégorie professionnelle${NBSP}: ${name}`,
    duration: (total) => `Durée annoncée des modules${NBSP}: ${total}`,
    modulesHeading: "Modules validés",
    moduleLabel: (n) => `Module ${n}`,
    issued: (date) => `Délivrée le ${date}`,
    validity: "Sans durée de validité",
    notAccredited:
      `Cette plateforme n'est pas agréée${NBSP}: cette attestation ne constitue ni un diplôme ` +
      `ni une certification professionnelle.`,
    verify: (url, code) =>
      `Vérifiez cette attestation en scannant le code QR (lien signé, vérifiable même hors ligne) ou sur ${url}${NBSP}— code${NBSP}${code}`,
    dateLocale: "fr-FR",
    pdfLanguage: "fr-FR",
  },
  en: {
    tagline: "Terrorist threat awareness",
    title: "Certificate of completion",
    course: "Facing the threat together — awareness of the terrorist threat and the VIGIPIRATE plan",
    awardedTo: "awarded to",
    trackName: {
      public: "General public track",
      professional: "Professional track",
    },
    statement:
      "Vigie confirms that the person named above validated every unit of the modules below: " +
      "they opened its lesson and, once the minimum study time set for that unit had passed, " +
      "passed its quiz with at least 80% correct answers.",
    statementPath:
      "Vigie confirms that the person named above validated every unit of the modules below that their " +
      "professional category requires: they opened its lesson and, once the minimum study time set for that " +
      "unit had passed, passed its quiz with at least 80% correct answers.",
    identityUnverified: "Their identity was not verified.",
    identityVerified: (provider) => `Identity verified by ${provider}`,
    pathUnits: (units) => `Units required for the category: ${units}`,
    category: (name) => `Professional category: ${name}`,
    duration: (total) => `Announced duration of the modules: ${total}`,
    modulesHeading: "Modules completed",
    moduleLabel: (n) => `Module ${n}`,
    issued: (date) => `Issued on ${date}`,
    validity: "No validity period",
    notAccredited:
      "This platform is not accredited: this certificate is neither a diploma " + "nor a professional qualification.",
    verify: (url, code) =>
      `Verify this certificate by scanning the QR code (a signed link, verifiable even offline) or at ${url}${NBSP}— code${NBSP}${code}`,
    dateLocale: "en-GB",
    pdfLanguage: "en-GB",
  },
};

/**
 * "Parcours grand public (modules 1 et 2)": the numbers are those of the modules the certificate attests
 * (stored at issue), so the line says exactly what the track required then.
 */
export function trackLine(
  locale: CertificateSnapshot["locale"],
  s: { track: CertificateSnapshot["track"]; modules: readonly { number: number }[] },
): string {
  const name = WORDING[locale].trackName[s.track];
  const range = moduleRange(
    s.modules.map((m) => m.number),
    locale,
  );
  return range ? `${name} (${range})` : name;
}

/** "36 min", "1 h 58 min", "2 h" — the same in both languages, kept on one line. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}${NBSP}min`;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${m}${NBSP}min`;
}

/** The certificate's attested facts as printed, in reading order (the PDF body and its unit test share it). */
export function attestationLines(
  locale: CertificateSnapshot["locale"],
  s: Pick<CertificateSnapshot, "track" | "category" | "modules" | "namesVerifiedBy">,
): {
  /** "Identité vérifiée par FranceConnect" under the name; null when the holder typed it. */
  identity: string | null;
  track: string;
  category: string | null;
  /** Ends with "Son identité n'a pas été vérifiée." unless a provider vouched for the name. */
  statement: string;
  duration: string;
  modules: { label: string; title: string; units: string | null }[];
} {
  const w = WORDING[locale];
  const total = s.modules.reduce((sum, m) => sum + m.durationMinutes, 0);
  const statement = s.modules.some((m) => m.units) ? w.statementPath : w.statement;
  return {
    identity: s.namesVerifiedBy ? w.identityVerified(s.namesVerifiedBy) : null,
    track: trackLine(locale, s),
    category: s.track === "professional" && s.category ? w.category(s.category) : null,
    statement: s.namesVerifiedBy ? statement : `${statement} ${w.identityUnverified}`,
    duration: w.duration(formatDuration(total)),
    modules: s.modules.map((m) => ({
      label: `${w.moduleLabel(m.number)}${NBSP}— `,
      title: `${m.title} (${formatDuration(m.durationMinutes)})`,
      units: m.units ? w.pathUnits(m.units.join(" · ")) : null,
    })),
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatIssueDate(date: Date, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Paris" });
    dateFormats.set(locale, format);
  }
  const parts = format.formatToParts(date);
  // French ordinal for the first day of the month: « 1er janvier 2026 ».
  return parts.map((p) => (locale.startsWith("fr") && p.type === "day" && p.value === "1" ? "1er" : p.value)).join("");
}
