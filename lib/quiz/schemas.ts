// Builds the zod schema of a submission to one attempt: every drawn question answered, with only its
// own choice ids, and nothing else.
import { z } from "zod";
import type { Question, Quiz } from "@/lib/content/schemas";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

import { QUESTION_FIELD_PREFIX } from "./answer-values";

const localeField = z.enum(LOCALES).catch(DEFAULT_LOCALE);
const tokenField = z.string({ error: "attemptExpired" }).min(10).max(1000);

// zod compiles a schema on first use; building one per request made every submission pay for it. A
// bank has a few hundred balanced draws at most: each draw's schema is kept (≈ 3 KB), up to a bound.
const MAX_DRAWS_PER_QUIZ = 512;
const schemas = new WeakMap<Quiz, Map<string, SubmissionSchema>>();
type SubmissionSchema = ReturnType<typeof buildSubmissionSchema>;
const fields = new WeakMap<Question, z.ZodType>();

/** The schema of a submission answering exactly `questionIds` (ids not in the quiz are left out). */
export function submissionSchema(
  quiz: Quiz,
  questionIds: readonly string[] = quiz.questions.map((q) => q.id),
): SubmissionSchema {
  let byDraw = schemas.get(quiz);
  if (!byDraw) schemas.set(quiz, (byDraw = new Map()));
  const key = [...questionIds].sort().join(",");
  let schema = byDraw.get(key);
  if (!schema) {
    if (byDraw.size >= MAX_DRAWS_PER_QUIZ) byDraw.delete(byDraw.keys().next().value!);
    byDraw.set(key, (schema = buildSubmissionSchema(quiz, questionIds)));
  }
  return schema;
}

function answerField(q: Question): z.ZodType {
  let field = fields.get(q);
  if (field) return field;
  const choice = z
    .string({ error: "answerRequired" })
    .refine((v) => q.choices.some((c) => c.id === v), "invalidChoice");
  field =
    q.kind === "multiple"
      ? z.preprocess(
          (v) => (v === undefined ? v : Array.isArray(v) ? v : [v]),
          z.array(choice, { error: "answerRequired" }).min(1, "answerRequired").max(q.choices.length),
        )
      : choice;
  fields.set(q, field);
  return field;
}

function buildSubmissionSchema(quiz: Quiz, questionIds: readonly string[]) {
  const shape: Record<string, z.ZodType> = { locale: localeField, token: tokenField };
  for (const q of quiz.questions)
    if (questionIds.includes(q.id)) shape[`${QUESTION_FIELD_PREFIX}${q.id}`] = answerField(q);
  return z.strictObject(shape, { error: "unknownField" });
}

/** The question ids a form answers (its `q_<id>` fields), whether or not the attempt asked them. */
export function answeredQuestionIds(form: FormData): string[] {
  return [...new Set(form.keys())]
    .filter((k) => k.startsWith(QUESTION_FIELD_PREFIX))
    .map((k) => k.slice(QUESTION_FIELD_PREFIX.length));
}

export function answersFromSubmission(
  quiz: Quiz,
  data: Record<string, unknown>,
  questionIds: readonly string[] = quiz.questions.map((q) => q.id),
): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const q of quiz.questions) {
    if (!questionIds.includes(q.id)) continue;
    const v = data[`${QUESTION_FIELD_PREFIX}${q.id}`];
    answers[q.id] = [...new Set((Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string"))].sort();
  }
  return answers;
}
