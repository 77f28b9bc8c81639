// Progress rules (pure): unit states, module validation, certificate eligibility by track.
import type { ProfessionalCategory, Track } from "@/lib/account/tracks";

export type UnitState = "not_started" | "studied" | "failed" | "validated";

export interface UnitProgressRow {
  unitId: string;
  firstViewedAt: Date | null;
  attemptCount: number;
  bestScorePercent: number | null;
  validatedAt: Date | null;
}

export function unitState(p: UnitProgressRow | undefined): UnitState {
  if (!p) return "not_started";
  if (p.validatedAt) return "validated";
  if (p.attemptCount > 0) return "failed";
  return p.firstViewedAt ? "studied" : "not_started";
}

export interface ModuleUnits {
  slug: string;
  unitIds: string[];
  /** The module's professional paths (content/modules/<m>/module.json); absent: every unit for everyone. */
  requiredByCategory?: Partial<Record<ProfessionalCategory, string[]>>;
}

/**
 * The units of a module a learner must validate: on the professional track, their category's path;
 * on the public track, or without a category or a path for it, every unit.
 */
export function requiredUnitIds(module: ModuleUnits, track: Track, category: ProfessionalCategory | null): string[] {
  const path = track === "professional" && category ? module.requiredByCategory?.[category] : undefined;
  return path ? module.unitIds.filter((id) => path.includes(id)) : module.unitIds;
}

export function isModuleValidated(module: ModuleUnits, validated: ReadonlySet<string>): boolean {
  return module.unitIds.every((id) => validated.has(id));
}

export interface Eligibility {
  eligible: boolean;
  missing: { moduleSlug: string; unitIds: string[] }[];
}

/**
 * General public: modules 1–2; professional: modules 1–3 (the lists come from content/course.json), each
 * narrowed to the learner's category path.
 */
export function certificateEligibility(
  track: Track,
  tracks: Record<Track, string[]>,
  modules: ModuleUnits[],
  validated: ReadonlySet<string>,
  category: ProfessionalCategory | null = null,
): Eligibility {
  const missing = tracks[track].flatMap((slug) => {
    const m = modules.find((x) => x.slug === slug);
    const unitIds = m ? requiredUnitIds(m, track, category).filter((id) => !validated.has(id)) : [];
    return unitIds.length > 0 ? [{ moduleSlug: slug, unitIds }] : [];
  });
  return { eligible: missing.length === 0, missing };
}
