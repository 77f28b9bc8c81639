// French terms that English course text keeps in French (official names of levels, plans, guides and
// bodies). Text shown outside MDX (quiz questions, resources) is split around them so that each can be
// marked lang="fr" (RGAA 8.7): a screen reader then pronounces it in French. Pure: no I/O.

/** Longest first, so that a term containing another is matched whole. */
export const FRENCH_TERMS = [
  "Gérer la sûreté et la sécurité des événements et sites culturels",
  "Vigilance attentats : les bons réflexes",
  "Vigilance attentats: les bons réflexes",
  "Sécurité renforcée – risque attentat",
  "établissement recevant du public",
  "Défenseur des droits",
  "Faire face ensemble",
  "gestes qui sauvent",
  "Urgence attentat",
  "mode opératoire",
  "Code pénal",
] as const;

export type TextSegment = { text: string; french: boolean };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = new RegExp(`(${[...FRENCH_TERMS].sort((a, b) => b.length - a.length).map(escape).join("|")})`, "g");

/** The text cut into plain and French segments, in order; joined, they give the text back unchanged. */
export function splitFrenchTerms(text: string): TextSegment[] {
  return text
    .split(pattern)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, french: (FRENCH_TERMS as readonly string[]).includes(part) }));
}
