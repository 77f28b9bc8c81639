// Reads and writes of a learner's progress: unit views, validated units, the dashboard view.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { unitProgress } from "@/db/schema";
import type { ProfessionalCategory, Track } from "@/lib/account/tracks";
import { getCourse, localize } from "@/lib/content/load";
import { getAvailability } from "@/lib/content/availability";
import {
  certificateEligibility,
  isModuleValidated,
  requiredUnitIds,
  unitState,
  type Eligibility,
  type ModuleUnits,
  type UnitState,
} from "./rules";

/** One round trip: marks the unit studied (first view only) and refreshes last activity at most hourly. */
export async function recordUnitViewed(userId: string, unitId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.execute(sql`
    with viewed as (
      insert into unit_progress (user_id, unit_id, first_viewed_at, updated_at) values (${userId}, ${unitId}, ${at}, ${at})
      on conflict (user_id, unit_id) do update set first_viewed_at = ${at}
      where unit_progress.first_viewed_at is null
    )
    update users set last_activity_at = ${at}
    where id = ${userId} and last_activity_at < ${at}::timestamptz - interval '1 hour'`);
}

export async function findProgress(userId: string) {
  return db.select().from(unitProgress).where(eq(unitProgress.userId, userId));
}

export function moduleUnits() {
  return getCourse().modules.map((m): ModuleUnits => ({
    slug: m.slug,
    unitIds: m.units.map((u) => u.id),
    requiredByCategory: m.requiredByCategory,
  }));
}

export async function getEligibility(
  userId: string,
  track: Track,
  category: ProfessionalCategory | null,
): Promise<Eligibility> {
  const rows = await findProgress(userId);
  const validated = new Set(rows.filter((r) => r.validatedAt).map((r) => r.unitId));
  return certificateEligibility(track, getCourse().tracks, moduleUnits(), validated, category);
}

export interface DashboardView {
  modules: {
    slug: string;
    order: number;
    title: string;
    inTrack: boolean;
    status: ReturnType<typeof getAvailability>["status"];
    validatedCount: number;
    validated: boolean;
    units: {
      slug: string;
      id: string;
      title: string;
      state: UnitState;
      bestScorePercent: number | null;
      /** Required for the certificate of the learner's track and category. */
      required: boolean;
    }[];
  }[];
  next: { moduleSlug: string; unitSlug: string; title: string } | null;
  eligibility: Eligibility;
}

export async function getDashboard(
  userId: string,
  track: Track,
  category: ProfessionalCategory | null,
  locale: string,
  now: Date,
): Promise<DashboardView> {
  const course = getCourse();
  const paths = new Map(moduleUnits().map((m) => [m.slug, new Set(requiredUnitIds(m, track, category))]));
  const rows = new Map((await findProgress(userId)).map((r) => [r.unitId, r]));
  const validated = new Set([...rows.values()].filter((r) => r.validatedAt).map((r) => r.unitId));
  const trackModules = course.tracks[track];
  const modules = course.modules.map((m) => {
    const inTrack = trackModules.includes(m.slug);
    const units = m.units.map((u) => {
      const p = rows.get(u.id);
      return {
        required: inTrack && (paths.get(m.slug)?.has(u.id) ?? true),
        slug: u.slug,
        id: u.id,
        title: localize(u.title, locale),
        state: unitState(p),
        bestScorePercent: p?.bestScorePercent ?? null,
      };
    });
    return {
      slug: m.slug,
      order: m.order,
      title: localize(m.title, locale),
      inTrack,
      status: getAvailability(m.releaseDate, now).status,
      validatedCount: units.filter((u) => u.state === "validated").length,
      validated: isModuleValidated({ slug: m.slug, unitIds: m.units.map((u) => u.id) }, validated),
      units,
    };
  });
  let next: DashboardView["next"] = null;
  for (const m of modules.filter((x) => x.inTrack && x.status === "open")) {
    const u = m.units.find((x) => x.required && x.state !== "validated");
    if (u) {
      next = { moduleSlug: m.slug, unitSlug: u.slug, title: u.title };
      break;
    }
  }
  return {
    modules,
    next,
    eligibility: certificateEligibility(track, course.tracks, moduleUnits(), validated, category),
  };
}
