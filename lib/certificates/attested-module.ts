// What a certificate attests of one module (pure): its version, and the units the learner's path required
// with their announced durations.
import type { AttestedModule } from "@/db/schema";
import type { ProfessionalCategory, Track } from "@/lib/account/tracks";
import { requiredUnitIds } from "@/lib/progress/rules";

interface ModuleContent {
  id: string;
  slug: string;
  contentVersion: string;
  durationMinutes: number;
  requiredByCategory?: Partial<Record<ProfessionalCategory, string[]>>;
  units: { id: string; durationMinutes: number }[];
}

export function attestedModule(m: ModuleContent, track: Track, category: ProfessionalCategory | null): AttestedModule {
  const all = m.units.map((u) => u.id);
  const unitIds = requiredUnitIds(
    { slug: m.slug, unitIds: all, requiredByCategory: m.requiredByCategory },
    track,
    category,
  );
  if (unitIds.length === all.length) {
    return { moduleId: m.id, version: m.contentVersion, durationMinutes: m.durationMinutes, unitIds };
  }
  // Only part of the module: the announced duration is that of the units attested.
  const durationMinutes = m.units.filter((u) => unitIds.includes(u.id)).reduce((sum, u) => sum + u.durationMinutes, 0);
  return { moduleId: m.id, version: m.contentVersion, durationMinutes, unitIds, categoryPath: true };
}
