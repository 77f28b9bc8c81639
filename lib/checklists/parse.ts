// The checklists a lesson declares (pure): each <Checklist id="…" title="…" items={[…]} /> of its MDX, read
// from the source so a checklist can be saved, printed and downloaded outside the lesson page.
import { z } from "zod";

export interface ParsedChecklist {
  id: string;
  title: string;
  items: string[];
}

const TAG = /<Checklist\b([\s\S]*?)\/>/g;
const ID = /\bid="([^"]+)"/;
const TITLE = /\btitle="([^"]+)"/;
const ITEMS = /\bitems=\{(\[[\s\S]*\])\}/;

export const checklistIdSchema = z.string().regex(/^m\d+-u\d+-[a-z0-9-]{1,40}$/, "must look like m3-u2-site");
const itemsSchema = z.array(z.string().trim().min(1)).min(1).max(30);

/** Every checklist of the lesson, or the problems that keep one from being read. */
export function parseChecklists(mdx: string): { checklists: ParsedChecklist[]; problems: string[] } {
  const checklists: ParsedChecklist[] = [];
  const problems: string[] = [];
  for (const [, attributes = ""] of mdx.matchAll(TAG)) {
    const id = ID.exec(attributes)?.[1];
    const title = TITLE.exec(attributes)?.[1];
    const itemsSource = ITEMS.exec(attributes)?.[1];
    if (!id || !checklistIdSchema.safeParse(id).success) {
      problems.push(`<Checklist> needs an id like m3-u2-site (found ${JSON.stringify(id ?? null)})`);
      continue;
    }
    if (!title) problems.push(`<Checklist id="${id}"> needs a title="…" written as a plain string`);
    const items = itemsSource ? itemsOf(itemsSource) : null;
    if (!items) problems.push(`<Checklist id="${id}">: items={[…]} must be a list of "double-quoted" strings`);
    if (title && items) checklists.push({ id, title, items });
  }
  return { checklists, problems };
}

function itemsOf(source: string): string[] | null {
  try {
    const parsed = itemsSchema.safeParse(JSON.parse(source));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
