import { describe, expect, it } from "vitest";
import { clearQuizDrafts, quizDraftKey } from "@/components/quiz/quiz-draft";

/** A Storage stand-in with the same key(i)/length/removeItem behaviour as localStorage. */
function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (key: string) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

describe("quiz drafts at sign-out", () => {
  it("removes every quiz draft and nothing else (checklist ticks stay)", () => {
    const storage = memoryStorage({
      [quizDraftKey("m1-u1")]: '{"q_a":["b"]}',
      "vigie-checklist-event": '["x"]',
      [quizDraftKey("m3-u2")]: "{}",
      other: "1",
    });
    clearQuizDrafts(storage);
    expect(storage.keys().sort()).toEqual(["other", "vigie-checklist-event"]);
  });
});
