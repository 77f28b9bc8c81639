// Facts derived from a lesson's MDX source and its compiled headings (pure): words to read, and the
// quiz questions whose section does not exist in the lesson.
import type { Quiz } from "./schemas";

const LANGS = ["fr", "en"] as const;

// Component names, technical props and object keys are markup, not words a learner reads.
const MARKUP = [
  /^\s*(import|export)\s.*$/gm,
  /<\/?[A-Z][A-Za-z]*|\/?>/g,
  /\b(kind|id)="[^"]*"/g,
  /\b(id|next|outcome|kind|warning)\s*:\s*("[^"]*"|true|false)/g,
  /\b[a-z][A-Za-z]*(?==|:)/g,
];
/** The closing "## Sources" list is references to follow up, not reading time. */
const SOURCES_SECTION = /^##\s+Sources\s*$[\s\S]*/m;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of running text in an MDX lesson, component texts included, markup excluded. */
export function countLessonWords(mdx: string): number {
  const text = MARKUP.reduce((s, re) => s.replace(re, " "), mdx.replace(SOURCES_SECTION, ""));
  return text.match(WORD)?.length ?? 0;
}

/** One message per question whose section is not a heading id of that language's lesson. */
export function quizSectionProblems(quiz: Quiz, headingIds: Record<(typeof LANGS)[number], readonly string[]>): string[] {
  return quiz.questions.flatMap((q) =>
    LANGS.filter((lang) => !headingIds[lang].includes(q.section[lang])).map(
      (lang) => `question "${q.id}": section "${q.section[lang]}" is not a heading of the ${lang} lesson (headings: ${headingIds[lang].join(", ") || "none"})`,
    ),
  );
}
