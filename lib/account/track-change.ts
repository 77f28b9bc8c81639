// What switching track changes, said before the switch is confirmed: pure (the caller passes the course and the learner's progress).
import { certificateEligibility, type ModuleUnits } from "@/lib/progress/rules";
import type { Track } from "./tracks";

export interface TrackChange {
  from: Track;
  to: Track;
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
): TrackChange {
  const eligibility = certificateEligibility(to, tracks, modules, validated);
  return {
    from,
    to,
    keptUnits: modules.flatMap((m) => m.unitIds).filter((id) => validated.has(id)).length,
    addedModules: tracks[to].filter((slug) => !tracks[from].includes(slug)),
    optionalModules: tracks[from].filter((slug) => !tracks[to].includes(slug)),
    missing: eligibility.missing,
    issued: [...new Set(issued)],
    alreadyCertified: issued.includes(to),
  };
}
