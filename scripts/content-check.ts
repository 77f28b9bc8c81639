// `npm run content:check`: validates every content file, compiles every MDX file and checks that every quiz
// question points at a heading of its lesson, in both languages; exits 1 on any problem.
import { existsSync } from "node:fs";
import path from "node:path";
import { compileMdx, compileMdxWithHeadings, MdxSyntaxError } from "../lib/content/compile-mdx";
import { glossaryEntryIds, missingGlossaryIds } from "../lib/content/glossary";
import { quizSectionProblems } from "../lib/content/lesson";
import { LANGS, readCourse, type Lang } from "../lib/content/load";
import { POLICY_PAGES, TEXT_PAGES, textPageFile } from "../lib/content/pages";
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
  const units = course.modules.reduce((n, m) => n + m.units.length, 0);
  if (problems.length > 0) {
    console.error(`content:check found ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    process.exit(1);
  }
  console.log(
    `content:check OK — ${course.modules.length} modules, ${units} units, ${sources.length} MDX files compiled in ${Date.now() - started} ms`,
  );
}

void main();
