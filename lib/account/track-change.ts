// What switching track changes, said before the switch is confirmed: pure (the caller passes the course and the learner's progress).
import { certificateEligibility, type ModuleUnits } from "@/lib/progress/rules";
import type { ProfessionalCategory, Track } from "./tracks";

export interface TrackChange {
  from: Track;
  to: Track;
  /** The professional category the new track's path is computed for (null: every unit of each module). */
  category: ProfessionalCategory | null;
  /** Every validated unit of the course is kept, whatever the track. */
  keptUnits: number;
  /** Modules the new track requires that the current one does not. */
  addedModules: string[];
  /** Modules the current track requires that become optional. */
  optionalModules: string[];
  /** What is left to validate for the new track's certificate, per module. */
  missing: { moduleSlug: string; unitIds: string[] }[];
  /** Tracks whose certificate was issued: those certificates stay valid and listed. */
  issued: Track[];
  /** The new track's certificate is already held. */
  alreadyCertified: boolean;
}

export function describeTrackChange(
  from: Track,
  to: Track,
  tracks: Record<Track, string[]>,
  modules: ModuleUnits[],
  validated: ReadonlySet<string>,
  issued: readonly Track[],
  category: ProfessionalCategory | null = null,
): TrackChange {
  // The new track's certificate asks for the category's path, as the certificate itself will.
  const pathCategory = to === "professional" ? category : null;
  const eligibility = certificateEligibility(to, tracks, modules, validated, pathCategory);
  return {
    from,
    to,
    category: pathCategory,
    keptUnits: modules.flatMap((m) => m.unitIds).filter((id) => validated.has(id)).length,
    addedModules: tracks[to].filter((slug) => !tracks[from].includes(slug)),
    optionalModules: tracks[from].filter((slug) => !tracks[to].includes(slug)),
    missing: eligibility.missing,
    issued: [...new Set(issued)],
    alreadyCertified: issued.includes(to),
  };
}

/** The key of a preview in the profile form: the track, and the category when going professional. */
export const trackChangeKey = (change: { to: Track; category: ProfessionalCategory | null | "" }) =>
  change.category ? `${change.to}:${change.category}` : change.to;
