// The glossary page (content/pages/glossary.<lang>.mdx) gives each entry an explicit id; lessons link to
// those ids from <Abbr id="…">. Pure: content:check reads the files and reports what this finds.

const ENTRY_ID = /<h[23] id="([^"]+)"/g;
const ABBR_ID = /<Abbr\s[^>]*\bid="([^"]+)"/g;

/** The entry ids a glossary page defines, in order. */
export function glossaryEntryIds(glossarySource: string): string[] {
  return [...glossarySource.matchAll(ENTRY_ID)].map((m) => m[1]!);
}

/** The ids a lesson's <Abbr> elements point at that the glossary does not define (each once). */
export function missingGlossaryIds(lessonSource: string, entryIds: readonly string[]): string[] {
  const known = new Set(entryIds);
  return [...new Set([...lessonSource.matchAll(ABBR_ID)].map((m) => m[1]!))].filter((id) => !known.has(id));
}
