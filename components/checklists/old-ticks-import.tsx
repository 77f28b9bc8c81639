"use client";

// Ticks kept in this browser before checklists were saved to the account (localStorage, a JSON array of
// the ticked items' texts): imported once into the signed-in learner's account, added to what it holds,
// through the checklist's own form action; the old key is then cleared.
import { useLocale } from "next-intl";
import { useEffect, useRef } from "react";
import { saveChecklistAction } from "@/lib/checklists/actions";
import { normaliseTicks, oldTicksKey, ticksFromOldStorage } from "@/lib/checklists/rules";

function readOld(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked: nothing was kept there either
  }
}

function clearOld(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // storage blocked: nothing to clear
  }
}

/**
 * Runs once when `saved` is known (the learner is signed in): `onImported` gets the merged ticks after the
 * account holds them. Nothing is sent when the old ticks add nothing; the key is cleared either way, and
 * kept when saving fails, to be tried again on the next visit.
 */
export function useOldTicksImport(
  checklistId: string,
  itemLists: readonly (readonly string[])[],
  saved: readonly number[] | null,
  onImported: (ticks: number[]) => void,
): void {
  const locale = useLocale();
  const done = useRef(false);
  const onImportedRef = useRef(onImported);
  useEffect(() => {
    onImportedRef.current = onImported;
  });
  useEffect(() => {
    if (saved === null || done.current) return;
    done.current = true;
    const key = oldTicksKey(checklistId);
    const old = ticksFromOldStorage(readOld(key), itemLists);
    if (old === null) return;
    const count = Math.max(0, ...itemLists.map((l) => l.length));
    const merged = normaliseTicks([...saved, ...old], count);
    if (merged.length === saved.length) {
      clearOld(key);
      return;
    }
    const data = new FormData();
    data.set("locale", locale);
    data.set("checklistId", checklistId);
    for (const index of merged) data.append("item", String(index));
    void saveChecklistAction(null, data)
      .then((result) => {
        if (!result.ok) return;
        clearOld(key);
        onImportedRef.current(merged);
      })
      .catch(() => undefined);
  }, [checklistId, itemLists, saved, locale]);
}

/** For the server-rendered checklist page: imports, then reloads the page to show the account's ticks. */
export function OldTicksImport({
  checklistId,
  itemLists,
  saved,
}: {
  checklistId: string;
  itemLists: string[][];
  saved: number[];
}) {
  useOldTicksImport(checklistId, itemLists, saved, () => window.location.reload());
  return null;
}
