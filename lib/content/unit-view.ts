// Read model of a unit page: compiled lesson, video, transcript, resources, neighbours.
import { localeOf } from "@/lib/i18n/locales";
import "server-only";
import { compileMdxWithHeadings } from "./compile-mdx";
import { getUnit, localize } from "./load";

export async function getUnitView(moduleSlug: string, unitSlug: string, locale: string) {
  const found = getUnit(moduleSlug, unitSlug);
  if (!found) return null;
  const { module, unit } = found;
  const lang = localeOf(locale);
  const index = module.units.findIndex((u) => u.id === unit.id);
  const compiled = await compileMdxWithHeadings(unit.mdx[lang], `${unit.dir}/${lang}.mdx`);
  const neighbour = (i: number) => {
    const u = module.units[i];
    return u ? { slug: u.slug, title: localize(u.title, locale) } : null;
  };
  return {
    id: unit.id,
    moduleSlug: module.slug,
    moduleTitle: localize(module.title, locale),
    slug: unit.slug,
    title: localize(unit.title, locale),
    summary: localize(unit.summary, locale),
    updatedAt: unit.updatedAt,
    /** When the unit's facts were last checked against their sources (null before the first review). */
    reviewedAt: unit.reviewedAt ?? null,
    durationMinutes: unit.durationMinutes,
    code: compiled.code,
    /** The lesson's sections (its h2, with the ids rehype-slug gave them), for the table of contents. */
    sections: compiled.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.id, title: h.text })),
    video: unit.video,
    transcript: unit.transcript[lang],
    // "{locale}" in a path under the site: the resource in the page's language (the steward's briefing card).
    resources: unit.resources.map((r) => ({ kind: r.kind, url: r.url.replace("{locale}", locale), title: localize(r.title, locale), description: localize(r.description, locale) })),
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    position: index + 1,
    unitCount: module.units.length,
  };
}
