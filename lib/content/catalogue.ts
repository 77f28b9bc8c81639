// Read models of the public pages: the module catalogue and one module's overview, in one language.
import { getAvailability, type Availability } from "./availability";
import { getCourse, getModule, localize, type CourseModule } from "./load";

export interface ModuleCard {
  slug: string;
  order: number;
  title: string;
  summary: string;
  audience: CourseModule["audience"];
  durationMinutes: number;
  unitCount: number;
  availability: Availability;
}

export interface ModuleOverview extends ModuleCard {
  objectives: string[];
  units: { id: string; slug: string; title: string; summary: string; durationMinutes: number }[];
}

function toCard(m: CourseModule, locale: string, now: Date): ModuleCard {
  return {
    slug: m.slug,
    order: m.order,
    title: localize(m.title, locale),
    summary: localize(m.summary, locale),
    audience: m.audience,
    durationMinutes: m.durationMinutes,
    unitCount: m.units.length,
    availability: getAvailability(m.releaseDate, now),
  };
}

export function findModuleCards(locale: string, now: Date): ModuleCard[] {
  return getCourse().modules.map((m) => toCard(m, locale, now));
}

export function getModuleOverview(slug: string, locale: string, now: Date): ModuleOverview | null {
  const m = getModule(slug);
  if (!m) return null;
  return {
    ...toCard(m, locale, now),
    objectives: locale === "en" ? m.objectives.en : m.objectives.fr,
    units: m.units.map((u) => ({
      id: u.id,
      slug: u.slug,
      title: localize(u.title, locale),
      summary: localize(u.summary, locale),
      durationMinutes: u.durationMinutes,
    })),
  };
}

export function findModuleSlugs(): string[] {
  return getCourse().modules.map((m) => m.slug);
}
