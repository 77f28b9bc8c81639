// The second edition's content rules (issue #16): question banks, sources, review date and measured
// durations, per unit. content:check reports them; they fail it only once STRICT_SECOND_EDITION is on.
import { attemptSize } from "@/lib/quiz/draw";
import { countInteractive, durationProblem, estimateMinutes } from "./duration";
import type { Unit } from "./load";
import { poolProblems } from "./pool-rules";
import { sourcesSectionProblem } from "./sources";

/**
 * The one switch: off, content:check prints these problems as warnings; on, each fails it. Turn it on
 * once every unit's bank, sources, review date and duration have landed.
 */
export const STRICT_SECOND_EDITION = true;

type UnitFacts = Pick<Unit, "id" | "durationMinutes" | "reviewedAt" | "quiz" | "mdx" | "lessonWords"> & {
  video: { durationSeconds: number };
};

/** The measured facts of a unit, for content:check's table. */
export function unitFigures(unit: UnitFacts) {
  const asked = attemptSize(unit.quiz);
  return {
    words: unit.lessonWords,
    interactive: countInteractive(unit.mdx.fr),
    bank: unit.quiz.questions.length,
    asked,
    announced: unit.durationMinutes,
    estimate: estimateMinutes({
      frenchWords: unit.lessonWords.fr,
      videoSeconds: unit.video.durationSeconds,
      interactive: countInteractive(unit.mdx.fr),
      questions: asked,
    }),
  };
}

/** Every second-edition rule a unit breaks, each message naming the file it concerns (relative to the unit). */
export function secondEditionProblems(unit: UnitFacts): { file: string; message: string }[] {
  const problems = poolProblems(unit.quiz).map((message) => ({ file: "quiz.json", message }));
  for (const lang of ["fr", "en"] as const) {
    const message = sourcesSectionProblem(unit.mdx[lang]);
    if (message) problems.push({ file: `${lang}.mdx`, message });
  }
  if (!unit.reviewedAt) problems.push({ file: "unit.json", message: `field "reviewedAt" is missing (last review against the sources)` });
  const { announced, estimate } = unitFigures(unit);
  const duration = durationProblem(announced, estimate);
  if (duration) problems.push({ file: "unit.json", message: duration });
  return problems;
}
