// Which version a policy text states (pure): "Version 2026-12-01" in its first paragraph, the same in both languages.

const VERSION = /\bVersion (\d{4}-\d{2}-\d{2})\b/;

export function statedVersion(text: string): string | null {
  const firstParagraph = text.split(/\n\s*\n/, 1)[0] ?? "";
  return VERSION.exec(firstParagraph)?.[1] ?? null;
}

/** The version both translations state, or null when one is missing or they disagree. */
export function sharedVersion(texts: string[]): string | null {
  const versions = new Set(texts.map(statedVersion));
  const [only] = versions;
  return versions.size === 1 && only ? only : null;
}

/**
 * Publishable: the text states a version, never published before, newer than the one in force
 * (versions are ISO dates, so they compare as strings).
 */
export function isPublishable(contentVersion: string | null, published: string[], current: string | null): boolean {
  if (!contentVersion || published.includes(contentVersion)) return false;
  return current === null || contentVersion > current;
}
