import { describe, expect, it } from "vitest";
import { countInteractive, durationProblem, estimateMinutes } from "@/lib/content/duration";
import { poolProblems } from "@/lib/content/pool-rules";
import { quizSchema } from "@/lib/content/schemas";
import { secondEditionProblems, unitFigures } from "@/lib/content/second-edition";
import { sourcesFileProblems, sourcesSectionProblem } from "@/lib/content/sources";
import { pooledQuiz, sampleQuiz } from "../fixtures/quiz";

describe("poolProblems", () => {
  it("accepts a bank of twice perAttempt whose objectives can each fill their share", () => {
    expect(poolProblems(pooledQuiz([4, 4, 4], 6))).toEqual([]);
    expect(poolProblems(pooledQuiz([3, 3, 3, 3], 6))).toEqual([]);
    expect(poolProblems(pooledQuiz([6, 6], 6))).toEqual([]);
  });

  it("requires perAttempt, objectives and an objective on every question", () => {
    expect(poolProblems(sampleQuiz())).toEqual([
      'field "perAttempt" is missing (how many questions an attempt draws)',
      'field "objectives" is missing (the learning objectives the questions measure)',
      "no question has an objective",
    ]);
    const quiz = pooledQuiz([6, 6], 6);
    quiz.questions[4] = { ...quiz.questions[4]!, objective: undefined };
    expect(poolProblems(quiz)).toEqual(['question "m1-u1-q5" has no objective']);
  });

  it("refuses a bank smaller than twice perAttempt", () => {
    expect(poolProblems(pooledQuiz([4, 4, 3], 6))).toEqual([
      "the bank has 11 questions; it needs at least 12 (twice perAttempt, 6)",
    ]);
  });

  it("refuses an objective with fewer questions than its share of a balanced draw", () => {
    // 7 across 3 objectives: each needs ⌈7 / 3⌉ = 3.
    expect(poolProblems(pooledQuiz([7, 5, 2], 7))).toEqual([
      'objective "m1-u1-o3" has 2 question(s); a balanced draw of 7 across 3 objectives needs 3',
    ]);
    expect(poolProblems(pooledQuiz([12, 0], 6))).toContain(
      'objective "m1-u1-o2" has 0 question(s); a balanced draw of 6 across 2 objectives needs 3',
    );
  });

  it("leaves the explanation to the schema: a question without one is refused", () => {
    const [first, ...rest] = sampleQuiz().questions;
    const bare: Record<string, unknown> = { ...first };
    delete bare.explanation;
    expect(quizSchema.safeParse({ questions: [bare, ...rest] }).success).toBe(false);
    expect(quizSchema.safeParse({ questions: [{ ...first, explanation: { fr: " ", en: "x" } }, ...rest] }).success).toBe(
      false,
    );
  });
});

describe("sourcesSectionProblem", () => {
  const lesson = (sources: string) => `## Ce que dit la loi\n\nDu texte.\n\n${sources}`;

  it("accepts a final Sources section with a link", () => {
    expect(
      sourcesSectionProblem(lesson("## Sources\n\n- [SGDSN, plan Vigipirate](https://www.sgdsn.gouv.fr/vigipirate)\n")),
    ).toBeNull();
    expect(sourcesSectionProblem(lesson("## Sources\n\n- <https://www.legifrance.gouv.fr/>\n"))).toBeNull();
  });

  it("refuses a lesson without a Sources section, or one without a link", () => {
    expect(sourcesSectionProblem(lesson(""))).toBe('has no "## Sources" section');
    expect(sourcesSectionProblem(lesson("### Sources\n\n- [x](https://a.fr)"))).toBe('has no "## Sources" section');
    expect(sourcesSectionProblem(lesson("## Sources\n\nLe Code pénal.\n"))).toBe('its "## Sources" section has no link');
  });

  it("looks for the link inside the Sources section only", () => {
    const mdx = "## Sources\n\nÀ venir.\n\n## Pour aller plus loin\n\n[x](https://a.fr)\n";
    expect(sourcesSectionProblem(mdx)).toBe('its "## Sources" section has no link');
  });
});

describe("sourcesFileProblems", () => {
  it("requires the file and every unit id in it, as a whole word", () => {
    expect(sourcesFileProblems(null, ["m1-u1"])).toHaveLength(1);
    const text = "| m1-u1 | 421-1 | Légifrance |\n| m1-u10 | … |\n";
    expect(sourcesFileProblems(text, ["m1-u1", "m1-u10"])).toEqual([]);
    expect(sourcesFileProblems(text, ["m1-u1", "m1-u2", "m1-u1-q3"])).toEqual([
      "does not mention unit m1-u2",
      "does not mention unit m1-u1-q3",
    ]);
    expect(sourcesFileProblems("m1-u10 only", ["m1-u1"])).toEqual(["does not mention unit m1-u1"]);
  });
});

describe("the measured duration", () => {
  it("counts the interactive components of a lesson, not the ones a learner only reads", () => {
    const mdx = [
      '<Callout kind="info">Texte</Callout>',
      "<Timeline events={[]} />",
      "<MythFact cards={[]}/>",
      '<Abbr id="dos">DOS</Abbr>',
      '<Scenario\n  id="x" />',
      "<KeyNumbers items={[]} />",
      "<Checklist id='c' items={[]}>",
      "<TimelineExtra />",
    ].join("\n");
    expect(countInteractive(mdx)).toBe(4);
  });

  it("adds reading at 200 words a minute, the video, 0.75 min per interaction and 0.5 min per question asked", () => {
    expect(estimateMinutes({ frenchWords: 1000, videoSeconds: 90, interactive: 2, questions: 6 })).toBe(5 + 1.5 + 1.5 + 3);
  });

  it("accepts an announced duration within one minute of the estimate", () => {
    expect(durationProblem(10, 11)).toBeNull();
    expect(durationProblem(10, 9)).toBeNull();
    expect(durationProblem(9, 10.4)).toMatch(/announces 9 min; the estimate is 10.4 min .* announce 10$/);
    expect(durationProblem(12, 10.9)).toMatch(/announce 11$/);
  });
});

describe("secondEditionProblems", () => {
  const sources = "\n## Sources\n\n- [SGDSN](https://www.sgdsn.gouv.fr/)\n";
  const unit = () => ({
    id: "m1-u1",
    durationMinutes: 10,
    reviewedAt: "2026-11-30",
    quiz: pooledQuiz([4, 4, 4], 6),
    mdx: { fr: `<Timeline events={[]} />\n${sources}`, en: `<Timeline events={[]} />\n${sources}` },
    lessonWords: { fr: 1000, en: 950 },
    video: { durationSeconds: 60 },
  });

  it("passes a unit with a bank, sources in both languages, a review date and a matching duration", () => {
    // 1000 / 200 + 1 + 0.75 + 6 × 0.5 = 9.75
    expect(unitFigures(unit())).toMatchObject({ bank: 12, asked: 6, interactive: 1, estimate: 9.75 });
    expect(secondEditionProblems(unit())).toEqual([]);
  });

  it("names the file of each problem", () => {
    const broken = { ...unit(), reviewedAt: undefined, durationMinutes: 8, quiz: sampleQuiz() };
    broken.mdx = { ...broken.mdx, en: "<Timeline events={[]} />" };
    expect(secondEditionProblems(broken).map((p) => `${p.file}: ${p.message.split(" ").slice(0, 4).join(" ")}`)).toEqual([
      'quiz.json: field "perAttempt" is missing',
      'quiz.json: field "objectives" is missing',
      "quiz.json: no question has an",
      'en.mdx: has no "## Sources"',
      'unit.json: field "reviewedAt" is missing',
      'unit.json: field "durationMinutes" announces 8',
    ]);
  });
});
