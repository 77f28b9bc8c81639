import { describe, expect, it } from "vitest";
import { countLessonWords, quizSectionProblems } from "@/lib/content/lesson";
import { sampleQuiz } from "../fixtures/quiz";

describe("countLessonWords", () => {
  it("counts the running text and the texts of components, not the markup", () => {
    const mdx = [
      "## Ce que dit la loi",
      "",
      "L'auteur peut agir **seul** ou au sein d'un groupe.",
      "",
      '<Callout kind="info" title="Article 1er">',
      "La France respecte toutes les croyances.",
      "</Callout>",
      "",
      '<MythFact cards={[{ myth: "Un mythe.", fact: "Un fait." }]} />',
    ].join("\n");
    // 5 + 9 + "Article 1er" (2) + 6 + "Un mythe" (2) + "Un fait" (2): no Callout, kind, info, title, MythFact, cards, myth, fact.
    expect(countLessonWords(mdx)).toBe(26);
  });

  it("leaves out the closing list of sources", () => {
    const mdx = "## Repères\n\nTrois mots ici.\n\n## Sources\n\n- [Site officiel du SGDSN](https://www.sgdsn.gouv.fr)\n";
    expect(countLessonWords(mdx)).toBe(4);
  });

  it("counts an elided or hyphenated word once", () => {
    expect(countLessonWords("D'où vient l’ultra-droite ?")).toBe(3);
  });
});

describe("quizSectionProblems", () => {
  const headings = { fr: ["ce-que-dit-la-loi", "lessentiel"], en: ["what-the-law-says", "key-points"] };

  it("accepts questions whose sections are headings of both lessons", () => {
    expect(quizSectionProblems(sampleQuiz(), headings)).toEqual([]);
  });

  it("names each question and language whose section is not a heading of that lesson", () => {
    const quiz = sampleQuiz();
    quiz.questions[1] = { ...quiz.questions[1]!, section: { fr: "ce-que-dit-la-loi", en: "what-the-law-said" } };
    const problems = quizSectionProblems(quiz, headings);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('question "m1-u1-q2": section "what-the-law-said" is not a heading of the en lesson');
  });
});
