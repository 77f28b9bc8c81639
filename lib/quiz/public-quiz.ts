// The only road from a content quiz (with answers) to what the browser may see (without them).
import type { Quiz } from "@/lib/content/schemas";
import { localize } from "@/lib/content/load";
import type { QuestionOrder } from "./shuffle";

export interface PublicQuestion {
  id: string;
  kind: "single" | "multiple" | "truefalse";
  prompt: string;
  choices: { id: string; text: string }[];
}

export function toPublicQuiz(quiz: Quiz, order: QuestionOrder, locale: string): PublicQuestion[] {
  return order.flatMap(({ questionId, choiceIds }) => {
    const q = quiz.questions.find((x) => x.id === questionId);
    if (!q) return [];
    const choices = choiceIds.flatMap((id) => {
      const c = q.choices.find((x) => x.id === id);
      return c ? [{ id: c.id, text: localize(c.text, locale) }] : [];
    });
    return [{ id: q.id, kind: q.kind, prompt: localize(q.prompt, locale), choices }];
  });
}
