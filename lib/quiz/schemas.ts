// Builds, per quiz, the zod schema of a submission: every question answered, only its own choice ids.
import { z } from "zod";
import type { Quiz } from "@/lib/content/schemas";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

import { QUESTION_FIELD_PREFIX } from "./answer-values";

const localeField = z.enum(LOCALES).catch(DEFAULT_LOCALE);

// zod compiles a schema on first use; building one per request made every submission pay for it.
const schemas = new WeakMap<Quiz, ReturnType<typeof buildSubmissionSchema>>();

export function submissionSchema(quiz: Quiz) {
  let schema = schemas.get(quiz);
  if (!schema) schemas.set(quiz, (schema = buildSubmissionSchema(quiz)));
  return schema;
}

function buildSubmissionSchema(quiz: Quiz) {
  const shape: Record<string, z.ZodType> = {
    locale: localeField,
    token: z.string({ error: "attemptExpired" }).min(10).max(1000),
  };
  for (const q of quiz.questions) {
    const choice = z
      .string({ error: "answerRequired" })
      .refine((v) => q.choices.some((c) => c.id === v), "invalidChoice");
    shape[`${QUESTION_FIELD_PREFIX}${q.id}`] =
      q.kind === "multiple"
        ? z.preprocess(
            (v) => (v === undefined ? v : Array.isArray(v) ? v : [v]),
            z.array(choice, { error: "answerRequired" }).min(1, "answerRequired").max(q.choices.length),
          )
        : choice;
  }
  return z.strictObject(shape, { error: "unknownField" });
}

export function answersFromSubmission(quiz: Quiz, data: Record<string, unknown>): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const q of quiz.questions) {
    const v = data[`${QUESTION_FIELD_PREFIX}${q.id}`];
    answers[q.id] = [...new Set((Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string"))].sort();
  }
  return answers;
}
