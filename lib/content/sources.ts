// Where a unit's facts come from (pure): each lesson ends with a "Sources" section of links, and
// content/SOURCES.md (the fact audit) covers every unit.

const H2 = /^##\s+(.+?)\s*#*\s*$/gm;
const LINK = /\]\(\s*https?:\/\/|<https?:\/\/|href="https?:\/\//;

/** What is wrong with a lesson's sources: no "## Sources" section, or one without a link. Null when fine. */
export function sourcesSectionProblem(mdx: string): string | null {
  const headings = [...mdx.matchAll(H2)];
  const index = headings.findIndex((h) => h[1]!.trim().toLowerCase() === "sources");
  if (index === -1) return `has no "## Sources" section`;
  const start = headings[index]!.index!;
  const end = headings[index + 1]?.index ?? mdx.length;
  return LINK.test(mdx.slice(start, end)) ? null : `its "## Sources" section has no link`;
}

/** What is wrong with content/SOURCES.md (`null` when it is missing): every unit id must appear in it. */
export function sourcesFileProblems(text: string | null, unitIds: readonly string[]): string[] {
  if (text === null) return ["file is missing (the fact audit: every fact of the course with its source)"];
  return unitIds
    .filter((id) => !new RegExp(`(^|[^\\w-])${id}(?![\\w-])`).test(text))
    .map((id) => `does not mention unit ${id}`);
}
