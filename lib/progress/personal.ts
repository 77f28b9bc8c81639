// The personal part of every page (pure): unit statuses, each module's progress, the next unit to do and
// where to resume. Served by GET /api/me (lib/progress/me.ts) and read by the dashboard.
import { z } from "zod";
import { unitState, type UnitProgressRow, type UnitState } from "./rules";

// Kept in a module without zod: the unit page's client bundle uses it.
export { formatVideoTime } from "./video-time";

export interface SummaryModule {
  slug: string;
  title: string;
  open: boolean;
  inTrack: boolean;
  units: { id: string; slug: string; title: string }[];
}

export interface SavedPosition {
  unitId: string;
  sectionIndex: number | null;
  videoSeconds: number;
  updatedAt: Date;
}

export interface UnitRef {
  unitId: string;
  moduleSlug: string;
  unitSlug: string;
  title: string;
}

export interface ResumePosition {
  /** Index of the lesson's level-2 heading reached (the same in both languages), or null before the lesson. */
  section: number | null;
  videoSeconds: number;
}

export interface PersonalSummary {
  units: Record<string, { status: UnitState; scorePercent: number | null; position: ResumePosition | null }>;
  modules: Record<string, { validated: number; total: number; percent: number; next: UnitRef | null }>;
  /** The first unit of the learner's track, in course order, not validated yet in an open module. */
  next: UnitRef | null;
  /** The unit the learner last worked in, if it still exists, is open and is not validated yet. */
  resume: (UnitRef & ResumePosition) | null;
}

/** What GET /api/me answers: never an error, and only the requesting session's own learner. */
export type MeAnswer =
  | { signedIn: false }
  | ({
      signedIn: true;
      firstName: string;
      sessionExpiresAt: string;
      /** The items ticked on each checklist the learner used (lib/checklists): checklist id → indices. */
      checklists: Record<string, number[]>;
    } & PersonalSummary);

export function summariseProgress(
  modules: SummaryModule[],
  progress: UnitProgressRow[],
  positions: SavedPosition[],
): PersonalSummary {
  const rows = new Map(progress.map((p) => [p.unitId, p]));
  const saved = new Map(positions.map((p) => [p.unitId, p]));
  const refs = new Map<string, UnitRef & { open: boolean }>();
  const units: PersonalSummary["units"] = {};
  const summary: PersonalSummary["modules"] = {};
  let next: UnitRef | null = null;
  for (const m of modules) {
    let validated = 0;
    let moduleNext: UnitRef | null = null;
    for (const u of m.units) {
      const ref = { unitId: u.id, moduleSlug: m.slug, unitSlug: u.slug, title: u.title };
      refs.set(u.id, { ...ref, open: m.open });
      const row = rows.get(u.id);
      const status = unitState(row);
      const position = saved.get(u.id);
      units[u.id] = {
        status,
        scorePercent: row?.bestScorePercent ?? null,
        position: position ? { section: position.sectionIndex, videoSeconds: position.videoSeconds } : null,
      };
      if (status === "validated") validated++;
      else if (m.open && !moduleNext) moduleNext = ref;
    }
    const total = m.units.length;
    summary[m.slug] = {
      validated,
      total,
      percent: Math.round((100 * validated) / Math.max(1, total)),
      next: moduleNext,
    };
    if (!next && m.inTrack && moduleNext) next = moduleNext;
  }
  // A position saved for a unit that no longer exists (content changed) is ignored.
  const latest = positions
    .filter((p) => {
      const ref = refs.get(p.unitId);
      return ref?.open && units[p.unitId]?.status !== "validated";
    })
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
  const resumeRef = latest ? refs.get(latest.unitId) : undefined;
  const resume =
    latest && resumeRef
      ? {
          unitId: resumeRef.unitId,
          moduleSlug: resumeRef.moduleSlug,
          unitSlug: resumeRef.unitSlug,
          title: resumeRef.title,
          section: latest.sectionIndex,
          videoSeconds: latest.videoSeconds,
        }
      : null;
  return { units, modules: summary, next, resume };
}

/** The body of POST /api/me/position, sent by the unit page as the learner reads and watches. */
export const unitPositionSchema = z.strictObject({
  unitId: z.string().min(1).max(64),
  section: z.int().min(0).max(99).nullable(),
  videoSeconds: z.number().finite().min(0).max(36000),
});
export type UnitPositionInput = z.infer<typeof unitPositionSchema>;

/** At most this many bytes of JSON: a position is a few dozen. */
export const UNIT_POSITION_MAX_BYTES = 1024;
