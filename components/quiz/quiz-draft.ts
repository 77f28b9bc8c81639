// Unsent quiz answers kept in this browser's localStorage, one entry per unit; all cleared at sign-out.
const PREFIX = "vigie-quiz-draft-";

export const quizDraftKey = (unitId: string) => `${PREFIX}${unitId}`;

/** Removes every quiz draft (a shared computer must not show the next person someone's answers). */
export function clearQuizDrafts(storage: Pick<Storage, "length" | "key" | "removeItem">): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** clearQuizDrafts on this browser's storage, when there is one (blocked storage: nothing to clear). */
export function clearBrowserQuizDrafts(): void {
  try {
    clearQuizDrafts(window.localStorage);
  } catch {
    /* storage unavailable */
  }
}
