// `npm run content:check`: validates every content file, compiles every MDX file and checks that every quiz
// question points at a heading of its lesson, in both languages, and the second edition's rules (question
// banks, sources, review dates, measured durations: lib/content/second-edition.ts); exits 1 on any
// problem. Prints each unit's figures: words, announced and estimated minutes, questions, video sizes.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { compileMdx, compileMdxWithHeadings, MdxSyntaxError } from "../lib/content/compile-mdx";
import { glossaryEntryIds, missingGlossaryIds } from "../lib/content/glossary";
import { quizSectionProblems } from "../lib/content/lesson";
import { LANGS, readCourse, type Lang } from "../lib/content/load";
import { POLICY_PAGES, TEXT_PAGES, textPageFile } from "../lib/content/pages";
import { secondEditionProblems, STRICT_SECOND_EDITION, unitFigures } from "../lib/content/second-edition";
import { sourcesFileProblems } from "../lib/content/sources";
import { readChecklists } from "../lib/checklists/catalogue";
import { readBriefing } from "../lib/content/briefing";
import { videoFileProblems } from "../lib/content/video-files";
import { readFileSync } from "node:fs";

async function main() {
  const started = Date.now();
  const { course, problems } = readCourse();
  const sources: { file: string; source: string }[] = [];
  for (const m of course.modules) {
    for (const u of m.units)
      for (const lang of LANGS)
        sources.push({ file: path.relative(process.cwd(), path.join(u.dir, `${lang}.mdx`)), source: u.mdx[lang] });
  }
  for (const page of [...TEXT_PAGES, ...POLICY_PAGES]) {
    for (const lang of LANGS) {
      const file = textPageFile(page, lang);
      if (!existsSync(file)) problems.push(`${path.relative(process.cwd(), file)}: file is missing`);
      else sources.push({ file: path.relative(process.cwd(), file), source: readFileSync(file, "utf8") });
    }
  }
  for (const { file, source } of sources) {
    if (!source.trim()) continue;
    try {
      await compileMdx(source, file);
    } catch (error) {
      problems.push(error instanceof MdxSyntaxError ? error.message : `${file}: ${(error as Error).message}`);
    }
  }
  for (const u of course.modules.flatMap((m) => m.units)) {
    const headingIds = {} as Record<Lang, string[]>;
    for (const lang of LANGS) {
      headingIds[lang] = u.mdx[lang].trim()
        ? ((await compileMdxWithHeadings(u.mdx[lang], lang).catch(() => null))?.headings.map((h) => h.id) ?? [])
        : [];
    }
    const file = path.relative(process.cwd(), path.join(u.dir, "quiz.json"));
    problems.push(...quizSectionProblems(u.quiz, headingIds).map((p) => `${file}: ${p}`));
  }
  // Every <Abbr id> of a lesson points at an entry of the glossary in the same language.
  for (const lang of LANGS) {
    const glossaryFile = textPageFile("glossary", lang);
    const entryIds = existsSync(glossaryFile) ? glossaryEntryIds(readFileSync(glossaryFile, "utf8")) : [];
    for (const u of course.modules.flatMap((m) => m.units)) {
      const file = path.relative(process.cwd(), path.join(u.dir, `${lang}.mdx`));
      for (const id of missingGlossaryIds(u.mdx[lang], entryIds))
        problems.push(`${file}: <Abbr id="${id}"> has no entry in the ${lang} glossary`);
    }
  }
  // Each language's intro video: within the size budget and as long as unit.json declares.
  for (const u of course.modules.flatMap((m) => m.units)) {
    for (const lang of LANGS) {
      const files = u.video.sources[lang];
      const abs = { webm: path.join("public", files.webm), mp4: path.join("public", files.mp4) };
      problems.push(...videoFileProblems(abs, u.video.durationSeconds).map((p) => `${u.id} (${lang}): ${p}`));
    }
  }
  // Checklists are saved, printed and downloaded outside the lesson: each must be readable in both languages.
  problems.push(...readChecklists(course).problems.map((p) => `checklists: ${p}`));
  problems.push(...readBriefing().problems);
  const allUnits = course.modules.flatMap((m) => m.units);
  const edition: string[] = [];
  for (const u of allUnits)
    for (const p of secondEditionProblems(u))
      edition.push(`${path.relative(process.cwd(), path.join(u.dir, p.file))}: ${p.message}`);
  const sourcesFile = path.join("content", "SOURCES.md");
  const sourcesText = existsSync(sourcesFile) ? readFileSync(sourcesFile, "utf8") : null;
  edition.push(
    ...sourcesFileProblems(
      sourcesText,
      allUnits.map((u) => u.id),
    ).map((p) => `${sourcesFile}: ${p}`),
  );
  printFigures(allUnits);
  if (STRICT_SECOND_EDITION) problems.push(...edition);
  else if (edition.length > 0)
    console.warn(
      `content:check: ${edition.length} second-edition problem(s), not failing until STRICT_SECOND_EDITION is on (lib/content/second-edition.ts):\n  - ${edition.join("\n  - ")}`,
    );
  const units = allUnits.length;
  if (problems.length > 0) {
    console.error(`content:check found ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    process.exit(1);
  }
  console.log(
    `content:check OK — ${course.modules.length} modules, ${units} units, ${sources.length} MDX files compiled in ${Date.now() - started} ms`,
  );
}

/** The unit's video files in public/videos (one per format, or per language and format), with their sizes. */
function videoSizes(unitId: string): string {
  const dir = path.join("public", "videos");
  const files = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.startsWith(`${unitId}.`) || f.startsWith(`${unitId}-`))
    : [];
  return (
    files
      .map((f) => `${f.slice(unitId.length + 1)} ${Math.round(statSync(path.join(dir, f)).size / 1024)} KB`)
      .join(", ") || "none"
  );
}

function printFigures(units: ReturnType<typeof readCourse>["course"]["modules"][number]["units"]) {
  const header = [
    "unit",
    "words fr",
    "words en",
    "min announced",
    "min estimated",
    "interactive",
    "bank",
    "per attempt",
    "videos",
  ];
  const rows = units.map((u) => {
    const f = unitFigures(u);
    const estimate = f.estimate.toFixed(1);
    const flag = Math.abs(f.announced - f.estimate) > 1 ? " ≠" : "";
    return [
      u.id,
      `${f.words.fr}`,
      `${f.words.en}`,
      `${f.announced}`,
      `${estimate}${flag}`,
      `${f.interactive}`,
      `${f.bank}`,
      `${f.asked}`,
      videoSizes(u.id),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log([line(header), ...rows.map(line)].join("\n"));
}

void main();
