// Builds each unit's intro videos, one per language, from its storyboard (scripts/videos/storyboards/)
// and its transcripts: narration synthesised by espeak-ng in the learner's language, scenes drawn as
// SVG and rendered to PNG by rsvg-convert, encoded to WebM (VP9/Opus) and MP4 (H.264/AAC, for Safari),
// plus WebVTT captions in both languages with measured timings. Both languages share the scenes'
// timing, so the two videos have one length. The outputs in public/videos/ and public/captions/ are
// committed: building them needs ffmpeg, espeak-ng and rsvg-convert (librsvg2-bin) and takes minutes,
// so a deployment only serves the files and never renders anything.
//
// Usage: npm run videos -- [--force] [m1-u1 m2-u3 …]   (no id = every unit)
// A unit is skipped when its outputs are newer than its inputs (unit.json, module.json, the
// transcripts and the video scripts themselves).
import { existsSync, readdirSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readCourse } from "../lib/content/load";
import { toVtt, type Cue } from "./videos/captions";
import { encode, renderSvg, run, speak, writeFontconfig, writeWav, type Pcm } from "./videos/ffmpeg";
import { sceneSvg, type Lang } from "./videos/scenes";
import { cues, mix, schedule } from "./videos/schedule";
import { STORYBOARDS } from "./videos/storyboards/index";

const VIDEOS_DIR = path.join(process.cwd(), "public", "videos");
const CAPTIONS_DIR = path.join(process.cwd(), "public", "captions");
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const SCRIPTS_DIR = path.join(process.cwd(), "scripts", "videos");
const MAX_BYTES = 2 * 1024 * 1024;
const LANGS: readonly Lang[] = ["fr", "en"];

interface VideoUnit {
  id: string;
  dir: string;
  title: Record<Lang, string>;
  declaredSeconds: number;
  transcript: Record<Lang, string[]>;
  inputs: string[];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

const plainSpaces = (line: string): string => line.replace(/\s+/g, " ").trim();

/** The units, read by the platform's own content reader; a missing video is expected here, nothing else is. */
function readUnits(): VideoUnit[] {
  const { course, problems } = readCourse();
  const blocking = problems.filter((p) => !p.includes("video asset"));
  if (blocking.length > 0) throw new Error(`Invalid course content:\n  - ${blocking.join("\n  - ")}`);
  const scripts = readdirSync(SCRIPTS_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(SCRIPTS_DIR, f));
  return course.modules.flatMap((m) =>
    m.units.map((u) => ({
      id: u.id,
      dir: u.dir,
      title: { fr: u.title.fr, en: u.title.en },
      declaredSeconds: u.video.durationSeconds,
      // Narration and captions use plain spaces (espeak-ng reads French non-breaking spaces badly).
      transcript: { fr: u.transcript.fr.map(plainSpaces), en: u.transcript.en.map(plainSpaces) },
      inputs: ["unit.json", "transcript.fr.txt", "transcript.en.txt", "../../module.json"]
        .map((f) => path.join(u.dir, f))
        .concat(scripts, path.join(process.cwd(), "scripts", "make-videos.ts")),
    })),
  );
}

function outputsOf(id: string): string[] {
  return LANGS.flatMap((lang) => [
    path.join(VIDEOS_DIR, `${id}.${lang}.webm`),
    path.join(VIDEOS_DIR, `${id}.${lang}.mp4`),
    path.join(CAPTIONS_DIR, `${id}.${lang}.vtt`),
  ]);
}

async function isUpToDate(unit: VideoUnit): Promise<boolean> {
  const outputs = outputsOf(unit.id);
  if (!outputs.every((f) => existsSync(f))) return false;
  const outTimes = await Promise.all(outputs.map(async (f) => (await stat(f)).mtimeMs));
  const inTimes = await Promise.all(unit.inputs.map(async (f) => (await stat(f)).mtimeMs));
  return Math.min(...outTimes) > Math.max(...inTimes);
}

/** Copies next to the destination, then renames: a reader never sees a half-written file. */
async function publish(from: string, to: string): Promise<void> {
  const partial = `${to}.partial`;
  await copyFile(from, partial);
  await rename(partial, to);
}

/** French typography back in the captions: a non-breaking space before « : ; ? ! » and inside « ». */
function frenchSpaces(cue: Cue): Cue {
  return { ...cue, text: cue.text.replace(/ ([:;?!»])/g, "\u00a0$1").replace(/« /g, "«\u00a0") };
}

/** Writes the video's length into unit.json, changing that one field's text and nothing else in the file. */
async function setDeclaredSeconds(unit: VideoUnit, seconds: number): Promise<void> {
  if (unit.declaredSeconds === seconds) return;
  const file = path.join(unit.dir, "unit.json");
  const source = await readFile(file, "utf8");
  const updated = source.replace(/("durationSeconds"\s*:\s*)\d+/, `$1${seconds}`);
  if (updated === source) throw new Error(`no video.durationSeconds in ${file}`);
  await writeFile(file, updated);
}

const activeTmp = new Set<string>();

interface Made {
  total: number;
  sizes: { lang: Lang; webm: number; mp4: number }[];
}

async function makeUnit(unit: VideoUnit): Promise<Made> {
  const storyboard = STORYBOARDS[unit.id];
  if (!storyboard) throw new Error("no storyboard in scripts/videos/storyboards/");
  const sceneLines = storyboard.map((s) => s.lines);
  const covered = sceneLines.reduce((a, b) => a + b, 0);
  for (const lang of LANGS) {
    if (unit.transcript[lang].length !== covered)
      throw new Error(
        `the storyboard covers ${covered} lines, transcript.${lang}.txt has ${unit.transcript[lang].length}`,
      );
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), `vigie-video-${unit.id}-`));
  activeTmp.add(tmp);
  try {
    const fontconfig = await writeFontconfig(tmp, FONT_DIR);
    const spoken = {} as Record<Lang, Pcm[]>;
    for (const lang of LANGS) {
      spoken[lang] = [];
      for (const [i, line] of unit.transcript[lang].entries())
        spoken[lang].push(await speak(line, lang, path.join(tmp, `${lang}-${String(i).padStart(2, "0")}.wav`)));
    }
    const plan = schedule(sceneLines, spoken);
    const match = /^m(\d+)-u(\d+)$/.exec(unit.id);
    const made: Made = { total: plan.total, sizes: [] };
    const files: { from: string; to: string }[] = [];
    for (const lang of LANGS) {
      const header = match
        ? `MODULE ${match[1] ?? ""} · ${lang === "fr" ? "UNITÉ" : "UNIT"} ${match[2] ?? ""}`
        : unit.id.toUpperCase();
      const scenes = [];
      for (const [i, scene] of storyboard.entries()) {
        const png = path.join(tmp, `${lang}-scene-${String(i).padStart(2, "0")}.png`);
        await renderSvg(sceneSvg(scene, lang, { header, title: unit.title[lang] }), png, fontconfig);
        scenes.push({ png, seconds: plan.scenes[i]?.seconds ?? 0 });
      }
      const wav = path.join(tmp, `${lang}-narration.wav`);
      await writeWav(wav, mix(spoken[lang], plan.starts[lang], plan.total));
      const webm = path.join(tmp, `${unit.id}.${lang}.webm`);
      const mp4 = path.join(tmp, `${unit.id}.${lang}.mp4`);
      await encode(scenes, wav, plan.total, webm, "webm");
      await encode(scenes, wav, plan.total, mp4, "mp4");
      const captions = cues(unit.transcript[lang], spoken[lang], plan.starts[lang]);
      const vtt = path.join(tmp, `${unit.id}.${lang}.vtt`);
      await writeFile(vtt, toVtt(lang === "fr" ? captions.map(frenchSpaces) : captions));
      made.sizes.push({ lang, webm: (await stat(webm)).size, mp4: (await stat(mp4)).size });
      files.push(
        { from: webm, to: path.join(VIDEOS_DIR, path.basename(webm)) },
        { from: mp4, to: path.join(VIDEOS_DIR, path.basename(mp4)) },
        { from: vtt, to: path.join(CAPTIONS_DIR, path.basename(vtt)) },
      );
    }
    await setDeclaredSeconds(unit, Math.round(plan.total));
    await Promise.all([mkdir(VIDEOS_DIR, { recursive: true }), mkdir(CAPTIONS_DIR, { recursive: true })]);
    // Captions last: their mtime then marks a complete set for the up-to-date check.
    for (const f of files.filter((f) => !f.to.endsWith(".vtt"))) await publish(f.from, f.to);
    for (const f of files.filter((f) => f.to.endsWith(".vtt"))) await publish(f.from, f.to);
    return made;
  } finally {
    await rm(tmp, { recursive: true, force: true });
    activeTmp.delete(tmp);
  }
}

// ---------- main ----------

function cleanupAndExit(signal: NodeJS.Signals): void {
  for (const dir of activeTmp) void rm(dir, { recursive: true, force: true });
  console.error(`\nInterrupted (${signal}).`);
  process.exit(130);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log("Usage: npm run videos -- [--force] [unit-id …]");
    return 0;
  }
  const force = args.includes("--force");
  const unknownFlags = args.filter((a) => a.startsWith("-") && a !== "--force");
  if (unknownFlags.length > 0) {
    console.error(`Unknown option: ${unknownFlags.join(" ")}`);
    return 2;
  }
  const wanted = args.filter((a) => !a.startsWith("-"));

  if (!existsSync(path.join(FONT_DIR, "DejaVuSans.ttf"))) {
    console.error(`Fonts not found in ${FONT_DIR} (is dejavu-fonts-ttf installed?)`);
    return 1;
  }
  try {
    await run("ffmpeg", ["-version"]);
    await run("espeak-ng", ["--version"]);
    await run("rsvg-convert", ["--version"]);
  } catch {
    console.error(
      "ffmpeg, espeak-ng and rsvg-convert are required (apt-get install -y ffmpeg espeak-ng librsvg2-bin).",
    );
    return 1;
  }

  process.on("SIGINT", cleanupAndExit);
  process.on("SIGTERM", cleanupAndExit);

  const units = readUnits();

  let selected = units;
  if (wanted.length > 0) {
    const known = new Set(units.map((u) => u.id));
    const notFound = wanted.filter((id) => !known.has(id));
    if (notFound.length > 0) {
      console.error(`Unknown unit(s): ${notFound.join(", ")}`);
      return 1;
    }
    selected = units.filter((u) => wanted.includes(u.id));
  }

  const started = Date.now();
  let failures = 0;
  for (const unit of selected) {
    if (!force && (await isUpToDate(unit))) {
      const sizes = await Promise.all(
        outputsOf(unit.id)
          .filter((f) => !f.endsWith(".vtt"))
          .map((f) => stat(f)),
      );
      console.log(`= ${unit.id}  up to date  ${sizes.map((s) => kb(s.size)).join("  ")}`);
      continue;
    }
    const unitStarted = Date.now();
    try {
      const result = await makeUnit(unit);
      const took = ((Date.now() - unitStarted) / 1000).toFixed(1);
      const sizes = result.sizes.map((s) => `${s.lang}: webm ${kb(s.webm)} mp4 ${kb(s.mp4)}`).join("  ");
      console.log(`✓ ${unit.id}  ${result.total.toFixed(1)} s  ${sizes}  (made in ${took} s)`);
      for (const s of result.sizes) {
        for (const [name, size] of [
          ["webm", s.webm],
          ["mp4", s.mp4],
        ] as const) {
          if (size > MAX_BYTES) {
            console.error(`  ✗ ${unit.id}.${s.lang}.${name} is ${kb(size)}, over the 2 MB limit`);
            failures++;
          }
        }
      }
      if (unit.declaredSeconds !== Math.round(result.total))
        console.log(
          `  ${unit.id}: video.durationSeconds ${unit.declaredSeconds} → ${Math.round(result.total)} in unit.json`,
        );
    } catch (error) {
      failures++;
      console.error(`✗ ${unit.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s, ${selected.length} unit(s), ${failures} failure(s).`,
  );
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
