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
  statement: string;
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
      `Vigie atteste que la personne désignée ci-dessus a ouvert la leçon de chaque unité de ce parcours ` +
      `et, une fois écoulée la durée minimale d'étude fixée pour l'unité, en a réussi le quiz ` +
      `avec au moins 80${NNBSP}% de bonnes réponses. Son identité n'a pas été vérifiée.`,
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
      "Vigie confirms that the person named above opened the lesson of every unit of this track " +
      "and, once the minimum study time set for that unit had passed, passed its quiz " +
      "with at least 80% correct answers. Their identity was not verified.",
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
  s: Pick<CertificateSnapshot, "track" | "modules">,
): string {
  const name = WORDING[locale].trackName[s.track];
  const range = moduleRange(
    s.modules.map((m) => m.number),
    locale,
  );
  return range ? `${name} (${range})` : name;
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
