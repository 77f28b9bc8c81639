// The course's checklists in both languages, read once from the lessons (see parse.ts).
import { getCourse, LANGS, type Course, type Lang } from "@/lib/content/load";
import type { Localized } from "@/lib/content/schemas";
import { parseChecklists } from "./parse";

export interface Checklist {
  id: string;
  unitId: string;
  moduleSlug: string;
  unitSlug: string;
  title: Localized;
  /** Item texts by language; the same item has the same index in both (ticks are stored by index). */
  items: Record<Lang, string[]>;
}

/** The checklists of a course and what keeps them from matching across languages (content:check). */
export function readChecklists(course: Course): { checklists: Checklist[]; problems: string[] } {
  const checklists: Checklist[] = [];
  const problems: string[] = [];
  for (const m of course.modules) {
    for (const u of m.units) {
      const parsed = Object.fromEntries(LANGS.map((lang) => [lang, parseChecklists(u.mdx[lang])])) as Record<
        Lang,
        ReturnType<typeof parseChecklists>
      >;
      for (const lang of LANGS) problems.push(...parsed[lang].problems.map((p) => `${u.id} ${lang}.mdx: ${p}`));
      for (const fr of parsed.fr.checklists) {
        const en = parsed.en.checklists.find((c) => c.id === fr.id);
        if (!en) problems.push(`${u.id}: checklist "${fr.id}" has no English version`);
        else if (en.items.length !== fr.items.length)
          problems.push(
            `${u.id}: checklist "${fr.id}" has ${fr.items.length} items in French, ${en.items.length} in English`,
          );
        else
          checklists.push({
            id: fr.id,
            unitId: u.id,
            moduleSlug: m.slug,
            unitSlug: u.slug,
            title: { fr: fr.title, en: en.title },
            items: { fr: fr.items, en: en.items },
          });
      }
      for (const en of parsed.en.checklists)
        if (!parsed.fr.checklists.some((c) => c.id === en.id))
          problems.push(`${u.id}: checklist "${en.id}" has no French version`);
    }
  }
  const ids = checklists.map((c) => c.id);
  for (const id of new Set(ids))
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`checklist id "${id}" is used twice`);
  return { checklists, problems };
}

let cached: Checklist[] | null = null;

export function getChecklists(): Checklist[] {
  cached ??= readChecklists(getCourse()).checklists;
  return cached;
}

export function findChecklist(id: string): Checklist | null {
  return getChecklists().find((c) => c.id === id) ?? null;
}
