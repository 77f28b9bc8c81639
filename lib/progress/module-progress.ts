// The signed-in learner's progress in one module, for the prerendered unit pages, which fetch it from the
// browser (app/api/progress/[moduleSlug]): the lesson stays static, the personal part is never cached.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { unitProgress } from "@/db/schema";
import { getCurrentSession } from "@/lib/auth/session";
import { getModule } from "@/lib/content/load";
import { unitState, type UnitState } from "./rules";

export interface ModuleProgress {
  moduleSlug: string;
  unitCount: number;
  validatedCount: number;
  units: { id: string; slug: string; state: UnitState; bestScorePercent: number | null }[];
}

export async function getModuleProgress(userId: string, moduleSlug: string): Promise<ModuleProgress | null> {
  const mod = getModule(moduleSlug);
  if (!mod) return null;
  const ids = mod.units.map((u) => u.id);
  const rows = await db
    .select()
    .from(unitProgress)
    .where(and(eq(unitProgress.userId, userId), inArray(unitProgress.unitId, ids)));
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  const units = mod.units.map((u) => {
    const p = byUnit.get(u.id);
    return { id: u.id, slug: u.slug, state: unitState(p), bestScorePercent: p?.bestScorePercent ?? null };
  });
  return {
    moduleSlug: mod.slug,
    unitCount: units.length,
    validatedCount: units.filter((u) => u.state === "validated").length,
    units,
  };
}

const NO_STORE = { "Cache-Control": "private, no-store" };

/** 401 without a session, 404 for an unknown module; otherwise the learner's own progress, never stored by a cache. */
export async function getModuleProgressResponse(moduleSlug: string): Promise<Response> {
  const current = await getCurrentSession();
  if (!current) return Response.json({ error: "sign-in required" }, { status: 401, headers: NO_STORE });
  const progress = await getModuleProgress(current.user.id, moduleSlug);
  if (!progress) return Response.json({ error: "not found" }, { status: 404, headers: NO_STORE });
  return Response.json(progress, { headers: NO_STORE });
}
