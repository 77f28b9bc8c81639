// The learner profiles, defined once for the schema, the rules and the forms.
export const TRACKS = ["public", "professional"] as const;
export type Track = (typeof TRACKS)[number];

export const PROFESSIONAL_CATEGORIES = [
  "erp_manager",
  "event_organiser",
  "local_official",
  "security_staff",
  "other",
] as const;
export type ProfessionalCategory = (typeof PROFESSIONAL_CATEGORIES)[number];

export function isTrack(value: unknown): value is Track {
  return (TRACKS as readonly unknown[]).includes(value);
}
