// FranceConnect's eIDAS levels of assurance, lowest first: a provider may answer with a higher level
// than the one asked for (acr_values), never a lower one.
const EIDAS_LEVELS = ["eidas1", "eidas2", "eidas3"] as const;

/** Whether the level the ID token reports (`acr`) is at least the one the sign-in asked for. */
export function acrSatisfies(received: unknown, requested: string): boolean {
  const want = EIDAS_LEVELS.indexOf(requested as (typeof EIDAS_LEVELS)[number]);
  const got = EIDAS_LEVELS.indexOf(received as (typeof EIDAS_LEVELS)[number]);
  if (want < 0) return received === requested;
  return got >= want;
}
