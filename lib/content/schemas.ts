// zod schemas for everything under content/: a file that does not match never reaches a page.
import { z } from "zod";
import { PROFESSIONAL_CATEGORIES } from "@/lib/account/tracks";

const text = z.string().trim().min(1, "must not be empty");
export const localizedSchema = z.object({ fr: text, en: text }, { error: "needs a French and an English text" });
const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

export const moduleMetaSchema = z
  .object({
    id: z.string().regex(/^m\d+$/, "must look like m1"),
    title: localizedSchema,
    summary: localizedSchema,
    audience: z.enum(["public", "professional"]),
    objectives: z.object({ fr: z.array(text).min(2), en: z.array(text).min(2) }),
    durationMinutes: z.number().int().min(20).max(60),
    releaseDate: isoDate,
    /**
     * The professional path: for each category, the units of this module its certificate requires.
     * Absent: every unit is required of everyone.
     */
    requiredByCategory: z
      .record(z.enum(PROFESSIONAL_CATEGORIES), z.array(z.string().regex(/^m\d+-u\d+$/, "must look like m3-u1")).min(1))
      .optional(),
  })
  .strict()
  .refine((m) => m.objectives.fr.length === m.objectives.en.length, {
    path: ["objectives", "en"],
    message: "must have as many objectives as the French list",
  });

export const unitMetaSchema = z
  .object({
    id: z.string().regex(/^m\d+-u\d+$/, "must look like m1-u1"),
    title: localizedSchema,
    summary: localizedSchema,
    durationMinutes: z.number().int().min(3).max(30),
    updatedAt: isoDate,
    /** When the unit's facts were last checked against their sources (shown on the unit page). */
    reviewedAt: isoDate.optional(),
    video: z.object({ durationSeconds: z.number().int().min(20).max(600) }).strict(),
  })
  .strict();

/** A heading id of the lesson (rehype-slug), per language: the section that teaches a question. */
const anchor = z.string().regex(/^[^\s#]+$/u, "must be a heading id of the lesson, without #");
export const sectionSchema = z.object({ fr: anchor, en: anchor }, { error: "needs a French and an English heading id" }).strict();

const choiceSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: localizedSchema }).strict();

export const questionSchema = z
  .object({
    id: z.string().regex(/^m\d+-u\d+-q\d+$/, "must look like m1-u1-q1"),
    kind: z.enum(["single", "multiple", "truefalse"]),
    /** The learning objective the question measures (an id from the quiz's `objectives`). */
    objective: z.string().regex(/^m\d+-u\d+-o\d+$/, "must look like m1-u1-o1").optional(),
    section: sectionSchema,
    prompt: localizedSchema,
    choices: z.array(choiceSchema).min(2).max(6),
    correct: z.array(z.string()).min(1),
    explanation: localizedSchema,
  })
  .strict()
  .superRefine((q, ctx) => {
    const ids = q.choices.map((c) => c.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["choices"], message: "choice ids must be unique" });
    for (const id of q.correct) {
      if (!ids.includes(id)) ctx.addIssue({ code: "custom", path: ["correct"], message: `"${id}" is not a choice id` });
    }
    if (q.kind !== "multiple" && q.correct.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["correct"], message: `a ${q.kind} question has exactly one correct answer` });
    }
    if (q.kind === "truefalse" && (ids.length !== 2 || !ids.includes("true") || !ids.includes("false"))) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: 'a truefalse question has exactly the choices "true" and "false"' });
    }
  });

const objectiveSchema = z
  .object({ id: z.string().regex(/^m\d+-u\d+-o\d+$/, "must look like m1-u1-o1"), text: localizedSchema })
  .strict();

export const quizSchema = z
  .object({
    /** How many questions one attempt draws from the bank. */
    perAttempt: z.number().int().min(5).max(10).optional(),
    objectives: z.array(objectiveSchema).min(2).max(5).optional(),
    questions: z.array(questionSchema).min(6, "a quiz needs at least 6 questions"),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["questions"], message: "question ids must be unique" });
    const objectives = new Set(quiz.objectives?.map((o) => o.id));
    quiz.questions.forEach((q, i) => {
      if (q.objective && !objectives.has(q.objective)) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "objective"], message: `"${q.objective}" is not one of the quiz's objectives` });
      }
    });
  });

export const resourcesSchema = z.array(
  z
    .object({
      kind: z.enum(["link", "document"]),
      url: z.string().regex(/^(https:\/\/|\/)/, "must be an https:// URL or a path under public/"),
      title: localizedSchema,
      description: localizedSchema,
    })
    .strict(),
);

export const courseSchema = z
  .object({
    tracks: z.object({ public: z.array(text).min(1), professional: z.array(text).min(1) }).strict(),
    vigipirateLevel: z.object({ current: z.number().int().min(1).max(3).nullable(), note: localizedSchema }).strict(),
  })
  .strict();

/** A one-page printable resource (the steward's briefing card): headed lists, lines to fill in, a footer. */
export const briefingSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The date of this version: the PDF's date, so the same content always gives the same file. */
    updatedAt: isoDate,
    title: localizedSchema,
    lead: localizedSchema,
    sections: z
      .array(
        z
          .object({
            heading: localizedSchema,
            items: z.object({ fr: z.array(text).min(1).max(6), en: z.array(text).min(1).max(6) }).strict(),
          })
          .strict()
          .refine((s) => s.items.fr.length === s.items.en.length, {
            path: ["items", "en"],
            message: "must have as many items as the French list",
          }),
      )
      .min(1)
      .max(8),
    blanks: z.array(localizedSchema).max(4),
    footer: localizedSchema,
  })
  .strict();

export const transcriptSchema = z
  .string()
  .trim()
  .min(200, "is too short for an intro video narration")
  .refine((s) => !/\n\s*\n/.test(s), "must have one caption cue per line, without blank lines");

export type ModuleMeta = z.infer<typeof moduleMetaSchema>;
export type UnitMeta = z.infer<typeof unitMetaSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type Resource = z.infer<typeof resourcesSchema>[number];
export type Localized = z.infer<typeof localizedSchema>;
export type Briefing = z.infer<typeof briefingSchema>;
