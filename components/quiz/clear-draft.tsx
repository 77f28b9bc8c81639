"use client";

import { useEffect } from "react";

/** Once a result is shown, the unsent-answers draft of that quiz is no longer needed. */
export function ClearDraft({ unitId }: { unitId: string }) {
  useEffect(() => {
    try {
      localStorage.removeItem(`vigie-quiz-draft-${unitId}`);
    } catch {
      /* storage unavailable */
    }
  }, [unitId]);
  return null;
}
