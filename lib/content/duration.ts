// A unit's measured duration (pure): reading, video, interactions and quiz. The announced
// `durationMinutes` must stay within TOLERANCE_MINUTES of it.

export const DURATION_RULE = {
  /** French lesson words read per minute. */
  wordsPerMinute: 200,
  /** Per interactive component of the lesson (tabs, disclosures, cards to flip, exercises, scenarios). */
  minutesPerInteraction: 0.75,
  /** Per question one attempt asks. */
  minutesPerQuestion: 0.5,
  toleranceMinutes: 1,
} as const;

/**
 * The lesson components a learner works through (components/mdx): ThreatLevels (tabs), Timeline
 * (disclosures), MythFact (cards to flip), ReflexStepper (steps), SpotTheSigns and Checklist (ticks),
 * Scenario (branching choices). Abbr, Callout and KeyNumbers are read, not operated: their text is
 * counted in the words.
 */
export const INTERACTIVE_COMPONENTS = [
  "ThreatLevels",
  "Timeline",
  "MythFact",
  "ReflexStepper",
  "SpotTheSigns",
  "Checklist",
  "Scenario",
] as const;

const OPENING_TAG = new RegExp(`<(${INTERACTIVE_COMPONENTS.join("|")})(?=[\\s/>])`, "g");

/** How many interactive components a lesson's MDX uses (each occurrence counts). */
export function countInteractive(mdx: string): number {
  return mdx.match(OPENING_TAG)?.length ?? 0;
}

export interface DurationInputs {
  frenchWords: number;
  videoSeconds: number;
  interactive: number;
  /** Questions one attempt asks. */
  questions: number;
}

/** The estimated minutes of a unit (not rounded). */
export function estimateMinutes(u: DurationInputs): number {
  return (
    u.frenchWords / DURATION_RULE.wordsPerMinute +
    u.videoSeconds / 60 +
    u.interactive * DURATION_RULE.minutesPerInteraction +
    u.questions * DURATION_RULE.minutesPerQuestion
  );
}

/** Null when the announced minutes are within the tolerance of the estimate; otherwise what is wrong. */
export function durationProblem(announced: number, estimate: number): string | null {
  if (Math.abs(announced - estimate) <= DURATION_RULE.toleranceMinutes) return null;
  return `field "durationMinutes" announces ${announced} min; the estimate is ${estimate.toFixed(1)} min (words / ${DURATION_RULE.wordsPerMinute} + video + ${DURATION_RULE.minutesPerInteraction} min per interaction + ${DURATION_RULE.minutesPerQuestion} min per question asked): announce ${Math.round(estimate)}`;
}
