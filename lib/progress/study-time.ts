// The minimum study time before a unit's quiz counts (pure): a share of the lesson's reading time plus
// a share of its video, capped; counted from the learner's first real view of the lesson.

export const STUDY_RULE = {
  wordsPerMinute: 230,
  readingShare: 0.25,
  videoShare: 0.5,
  capSeconds: 240,
} as const;

export interface StudyMaterial {
  /** Words of the lesson in each language: the shorter one counts, so no language is penalised. */
  lessonWords: Record<"fr" | "en", number>;
  video: { durationSeconds: number };
}

export function minStudySeconds(unit: StudyMaterial): number {
  const words = Math.min(unit.lessonWords.fr, unit.lessonWords.en);
  const reading = (words / STUDY_RULE.wordsPerMinute) * 60 * STUDY_RULE.readingShare;
  const video = unit.video.durationSeconds * STUDY_RULE.videoShare;
  return Math.min(STUDY_RULE.capSeconds, Math.ceil(reading + video));
}

/** Seconds left before the quiz may be sent: null while the lesson was never opened, 0 once it may. */
export function secondsBeforeQuiz(firstViewedAt: Date | null, minSeconds: number, now: Date): number | null {
  if (!firstViewedAt) return null;
  return Math.max(0, Math.ceil((firstViewedAt.getTime() + minSeconds * 1000 - now.getTime()) / 1000));
}

/** The same rule as a bound for the database: a first view at or before this instant lets a quiz be sent at `now`. */
export function latestFirstViewAllowed(minSeconds: number, now: Date): Date {
  return new Date(now.getTime() - minSeconds * 1000);
}
