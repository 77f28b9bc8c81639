"use client";

import { useEffect } from "react";
import { clearBrowserQuizDrafts, quizDraftKey } from "./quiz-draft";

/** Once a result is shown, the unsent-answers draft of that quiz is no longer needed. */
export function ClearDraft({ unitId }: { unitId: string }) {
  useEffect(() => {
    try {
      localStorage.removeItem(quizDraftKey(unitId));
    } catch {
      /* storage unavailable */
    }
  }, [unitId]);
  return null;
}

/** On pages reached by signing out (account deleted): no quiz draft stays behind. */
export function ClearQuizDrafts() {
  useEffect(clearBrowserQuizDrafts, []);
  return null;
}
