// How a track's modules are said in each language ("modules 1 et 2", "modules 1 à 3"): pure, the numbers come from content/course.json.
import type { Track } from "../account/tracks";

export type LabelLocale = "fr" | "en";

const WORDS: Record<LabelLocale, { one: string; many: string; and: string; to: string }> = {
  fr: { one: "module", many: "modules", and: "et", to: "à" },
  en: { one: "module", many: "modules", and: "and", to: "to" },
};

/**
 * "module 3", "modules 1 et 2", "modules 1 à 3" (three or more in a row), "modules 1, 2 et 4" (a gap):
 * the numbers are sorted and repeated ones counted once.
 */
export function moduleRange(numbers: readonly number[], locale: LabelLocale): string {
  const w = WORDS[locale];
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return "";
  if (sorted.length === 1) return `${w.one} ${sorted[0]}`;
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (sorted.length >= 3 && last - first === sorted.length - 1) return `${w.many} ${first} ${w.to} ${last}`;
  return `${w.many} ${sorted.slice(0, -1).join(", ")} ${w.and} ${last}`;
}

/** The course-wide numbers (module order) of the modules a track requires. */
export function trackModuleNumbers(
  track: Track,
  tracks: Record<Track, readonly string[]>,
  modules: readonly { slug: string; order: number }[],
): number[] {
  return tracks[track].flatMap((slug) => {
    const m = modules.find((x) => x.slug === slug);
    return m ? [m.order] : [];
  });
}
