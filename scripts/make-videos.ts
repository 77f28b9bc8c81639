// Builds each unit's intro video from its transcript: French narration synthesised with espeak-ng,
// a sober title card with the current line as a large subtitle, encoded to WebM (VP9/Opus) and MP4
// (H.264/AAC), plus WebVTT captions in French (measured timings) and English (spread proportionally).
// The outputs in public/videos/ and public/captions/ are committed: building them needs ffmpeg and
// espeak-ng and takes minutes, so a deployment only serves the files and never renders anything.
//
// Usage: npm run videos -- [--force] [m1-u1 m2-u3 …]   (no id = every unit)
// A unit is skipped when its four outputs are newer than unit.json, module.json and both transcripts.
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readCourse } from "../lib/content/load";
import { spreadCues, toVtt } from "./videos/captions";
import { encode, run, synthesise } from "./videos/ffmpeg";
import { buildFilter, FONT, FONT_BOLD } from "./videos/scene";

const VIDEOS_DIR = path.join(process.cwd(), "public", "videos");
const CAPTIONS_DIR = path.join(process.cwd(), "public", "captions");
const MAX_BYTES = 2 * 1024 * 1024;

interface VideoUnit {
  id: string;
  dir: string;
  title: string;
  moduleTitle: string;
  declaredSeconds: number;
  transcript: { fr: string[]; en: string[] };
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
  return course.modules.flatMap((m) =>
    m.units.map((u) => ({
      id: u.id,
      dir: u.dir,
      title: u.title.fr,
      moduleTitle: m.title.fr,
      declaredSeconds: u.video.durationSeconds,
      // Narration and captions use plain spaces (espeak-ng reads French non-breaking spaces badly).
      transcript: { fr: u.transcript.fr.map(plainSpaces), en: u.transcript.en.map(plainSpaces) },
      inputs: ["unit.json", "transcript.fr.txt", "transcript.en.txt", "../../module.json"].map((f) =>
        path.join(u.dir, f),
      ),
    })),
  );
}

function outputsOf(id: string): { webm: string; mp4: string; vttFr: string; vttEn: string } {
  return {
    webm: path.join(VIDEOS_DIR, `${id}.webm`),
    mp4: path.join(VIDEOS_DIR, `${id}.mp4`),
    vttFr: path.join(CAPTIONS_DIR, `${id}.fr.vtt`),
    vttEn: path.join(CAPTIONS_DIR, `${id}.en.vtt`),
  };
}

async function isUpToDate(unit: VideoUnit): Promise<boolean> {
  const outputs = Object.values(outputsOf(unit.id));
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

const activeTmp = new Set<string>();

async function makeUnit(unit: VideoUnit): Promise<{ webm: number; mp4: number; total: number }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), `vigie-video-${unit.id}-`));
  activeTmp.add(tmp);
  try {
    const { fr, en } = unit.transcript;
    if (fr.length === 0 || en.length === 0) throw new Error("a transcript is empty");
    if (fr.length !== en.length)
      console.warn(`  ! ${unit.id}: ${fr.length} French lines but ${en.length} English lines`);

    const narration = await synthesise(fr, tmp);
    const filter = await buildFilter(unit, narration.cues, narration.total, tmp);
    const webm = path.join(tmp, `${unit.id}.webm`);
    const mp4 = path.join(tmp, `${unit.id}.mp4`);
    await encode(filter, narration.wav, narration.total, webm, "webm");
    await encode(filter, narration.wav, narration.total, mp4, "mp4");

    const first = narration.cues[0];
    const last = narration.cues[narration.cues.length - 1];
    if (first === undefined || last === undefined) throw new Error("no cues");
    const vttFr = path.join(tmp, `${unit.id}.fr.vtt`);
    const vttEn = path.join(tmp, `${unit.id}.en.vtt`);
    await writeFile(vttFr, toVtt(narration.cues));
    await writeFile(vttEn, toVtt(spreadCues(en, first.start, last.end)));

    const out = outputsOf(unit.id);
    await Promise.all([mkdir(VIDEOS_DIR, { recursive: true }), mkdir(CAPTIONS_DIR, { recursive: true })]);
    // Captions last: their mtime then marks a complete set for the up-to-date check.
    await publish(webm, out.webm);
    await publish(mp4, out.mp4);
    await publish(vttFr, out.vttFr);
    await publish(vttEn, out.vttEn);
    return { webm: (await stat(out.webm)).size, mp4: (await stat(out.mp4)).size, total: narration.total };
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

  for (const tool of [FONT, FONT_BOLD]) {
    if (!existsSync(tool)) {
      console.error(`Font not found: ${tool} (is dejavu-fonts-ttf installed?)`);
      return 1;
    }
  }
  try {
    await run("ffmpeg", ["-version"]);
    await run("espeak-ng", ["--version"]);
  } catch {
    console.error("ffmpeg and espeak-ng are required (apt-get install -y ffmpeg espeak-ng).");
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
      const out = outputsOf(unit.id);
      const [webm, mp4] = await Promise.all([stat(out.webm), stat(out.mp4)]);
      console.log(`= ${unit.id}  up to date  webm ${kb(webm.size)}  mp4 ${kb(mp4.size)}`);
      continue;
    }
    const unitStarted = Date.now();
    try {
      const result = await makeUnit(unit);
      const took = ((Date.now() - unitStarted) / 1000).toFixed(1);
      console.log(
        `✓ ${unit.id}  ${result.total.toFixed(1)} s  webm ${kb(result.webm)}  mp4 ${kb(result.mp4)}  (encoded in ${took} s)`,
      );
      for (const [name, size] of [
        ["webm", result.webm],
        ["mp4", result.mp4],
      ] as const) {
        if (size > MAX_BYTES) {
          console.error(`  ✗ ${unit.id}.${name} is ${kb(size)}, over the 2 MB limit`);
          failures++;
        }
      }
      const rounded = Math.round(result.total);
      if (unit.declaredSeconds !== rounded) {
        console.warn(
          `  ! ${unit.id}: unit.json says video.durationSeconds ${unit.declaredSeconds}, the video lasts ${rounded} s`,
        );
      }
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
