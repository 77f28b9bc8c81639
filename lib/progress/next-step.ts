// What a quiz result offers next (pure): the milestone the attempt reached and the one primary action.
// A failure sends the learner back to the lesson section that teaches the first missed question; a pass
// goes on to the next unit to validate, the next module, or the certificate once the track is complete.
import type { Track } from "@/lib/account/tracks";
import { certificateEligibility, isModuleValidated } from "./rules";

export interface OutlineModule {
  slug: string;
  /** Only open modules are offered as a next step (an upcoming or closed one cannot be validated). */
  open: boolean;
  units: { id: string; slug: string }[];
}

export interface CourseOutline {
  /** Every module, in course order. */
  modules: OutlineModule[];
  tracks: Record<Track, string[]>;
}

export interface AttemptOutcome {
  unitId: string;
  passed: boolean;
  /** Anchor of the lesson section teaching the first missed question, in the order the questions were shown. */
  firstMissedSection: string | null;
}

/** failed: the attempt did not pass; unit, module, track: what is validated now that it passed. */
export type Milestone = "failed" | "unit" | "module" | "track";

export type NextAction =
  | { kind: "review-section"; moduleSlug: string; unitSlug: string; anchor: string | null }
  | { kind: "next-unit"; moduleSlug: string; unitSlug: string }
  | { kind: "next-module"; moduleSlug: string; unitSlug: string }
  | { kind: "certificate"; issued: boolean }
  | { kind: "dashboard" };

export interface NextStep {
  milestone: Milestone;
  action: NextAction;
}

export interface NextStepInput {
  outline: CourseOutline;
  track: Track;
  /** Units validated, this attempt included. */
  validated: ReadonlySet<string>;
  outcome: AttemptOutcome;
  /** A certificate of the learner's current track has been issued. */
  certificateIssued: boolean;
}

/** The first unit not validated, starting after `from` and wrapping round to the module's start. */
function nextUnitToValidate(module: OutlineModule, from: number, validated: ReadonlySet<string>) {
  const n = module.units.length;
  for (let i = 1; i < n; i++) {
    const u = module.units[(from + i) % n]!;
    if (!validated.has(u.id)) return u;
  }
  return null;
}

export function nextStep({ outline, track, validated, outcome, certificateIssued }: NextStepInput): NextStep | null {
  const moduleIndex = outline.modules.findIndex((m) => m.units.some((u) => u.id === outcome.unitId));
  const mod = outline.modules[moduleIndex];
  if (!mod) return null;
  const unitIndex = mod.units.findIndex((u) => u.id === outcome.unitId);
  const unit = mod.units[unitIndex]!;
  if (!outcome.passed) {
    return {
      milestone: "failed",
      action: {
        kind: "review-section",
        moduleSlug: mod.slug,
        unitSlug: unit.slug,
        anchor: outcome.firstMissedSection,
      },
    };
  }
  // A unit that did not pass cannot be counted validated by this attempt; one that did always is.
  const done = new Set(validated).add(unit.id);
  const unitsOf = (m: OutlineModule) => ({ slug: m.slug, unitIds: m.units.map((u) => u.id) });
  const moduleDone = isModuleValidated(unitsOf(mod), done);
  const eligible = certificateEligibility(track, outline.tracks, outline.modules.map(unitsOf), done).eligible;
  const inTrack = outline.tracks[track].includes(mod.slug);
  const milestone: Milestone = eligible && inTrack ? "track" : moduleDone ? "module" : "unit";
  if (!moduleDone) {
    const next = nextUnitToValidate(mod, unitIndex, done);
    if (next) return { milestone, action: { kind: "next-unit", moduleSlug: mod.slug, unitSlug: next.slug } };
  }
  if (eligible) return { milestone, action: { kind: "certificate", issued: certificateIssued } };
  // The next open module of the track still to validate, in course order after this one, wrapping round.
  const count = outline.modules.length;
  for (let i = 1; i < count; i++) {
    const m = outline.modules[(moduleIndex + i) % count]!;
    if (!m.open || !outline.tracks[track].includes(m.slug)) continue;
    const first = m.units.find((u) => !done.has(u.id));
    if (first) return { milestone, action: { kind: "next-module", moduleSlug: m.slug, unitSlug: first.slug } };
  }
  return { milestone, action: { kind: "dashboard" } };
}
