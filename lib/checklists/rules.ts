// Checklist rules (pure).

/** The ticked item indices, sorted, without repeats, and only those of the checklist's items. */
export function normaliseTicks(indices: readonly number[], itemCount: number): number[] {
  return [...new Set(indices)].filter((i) => Number.isInteger(i) && i >= 0 && i < itemCount).sort((a, b) => a - b);
}

/** Where ticks were kept before they were saved to the account: this browser, one key per checklist. */
export const oldTicksKey = (checklistId: string) => `vigie-checklist-${checklistId}`;

/**
 * The item indices of ticks kept in this browser before they were saved to the account: a JSON array of
 * the ticked items' texts, in whichever language the lesson was read then (each list of texts is tried).
 * Null when the value is not such an array; texts the checklist no longer has are dropped.
 */
export function ticksFromOldStorage(raw: string | null, itemLists: readonly (readonly string[])[]): number[] | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length > 100 || !value.every((v) => typeof v === "string")) return null;
  const texts = value as string[];
  const count = Math.max(0, ...itemLists.map((l) => l.length));
  const indices = texts.flatMap((text) =>
    itemLists
      .map((list) => list.indexOf(text))
      .filter((i) => i >= 0)
      .slice(0, 1),
  );
  return normaliseTicks(indices, count);
}
