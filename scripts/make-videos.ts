// Builds each unit's intro video from its transcript: French narration synthesised with espeak-ng,
// a sober title card with the current line as a large subtitle, encoded to WebM (VP9/Opus) and MP4
// (H.264/AAC), plus WebVTT captions in French (measured timings) and English (spread proportionally).
// The outputs in public/videos/ and public/captions/ are committed: building them needs ffmpeg and
// espeak-ng and takes minutes, so a deployment only serves the files and never renders anything.
//
// Usage: npx tsx scripts/make-videos.ts [--force] [m1-u1 m2-u3 …]   (no id = every complete unit)
// A unit is skipped when its four outputs are newer than unit.json, module.json and both transcripts.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODULES_DIR = path.join(ROOT, "content", "modules");
const VIDEOS_DIR = path.join(ROOT, "public", "videos");
const CAPTIONS_DIR = path.join(ROOT, "public", "captions");
const FONT = path.join(ROOT, "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf");
const FONT_BOLD = path.join(ROOT, "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf");

const WIDTH = 1280;
const HEIGHT = 720;
const FPS = 10;
const MARGIN_X = 80;
const GAP_SECONDS = 0.35; // silence between two spoken lines
const LEAD_SECONDS = 1.0; // title card alone before the first line
const TAIL_SECONDS = 1.2; // silence after the last line
const MAX_BYTES = 2 * 1024 * 1024;
const THREADS = "2";

const NAVY = "0x1a325b";
const AMBER = "0xf5b942";
const PALE = "0xc9d4e6";

interface Localized {
  fr: string;
  en: string;
}

interface Unit {
  id: string;
  dir: string;
  title: Localized;
  moduleTitle: Localized;
  declaredSeconds: number | undefined;
  inputs: string[];
}

interface Cue {
  start: number;
  end: number;
  text: string;
}

// ---------- small helpers ----------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readLocalized(value: unknown, where: string): Localized {
  if (isRecord(value) && typeof value.fr === "string" && typeof value.en === "string") {
    return { fr: value.fr.trim(), en: value.en.trim() };
  }
  throw new Error(`${where}: title must be { fr, en }`);
}

async function readJson(file: string): Promise<unknown> {
  const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
  return parsed;
}

async function readLines(file: string): Promise<string[]> {
  return (await readFile(file, "utf8"))
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0);
}

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} exited with code ${String(code)}\n${stderr.split("\n").slice(-15).join("\n")}`));
    });
  });
}

async function probeDuration(file: string): Promise<number> {
  const { stdout } = await run("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", file]);
  const seconds = Number.parseFloat(stdout.trim());
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`ffprobe: no duration for ${file}`);
  return seconds;
}

async function probeSampleRate(file: string): Promise<number> {
  const { stdout } = await run("ffprobe", [
    "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=sample_rate", "-of", "default=nw=1:nk=1", file,
  ]);
  const rate = Number.parseInt(stdout.trim(), 10);
  if (!Number.isFinite(rate) || rate <= 0) throw new Error(`ffprobe: no sample rate for ${file}`);
  return rate;
}

/** Words, with French spaced punctuation (« … », " :", " ?") kept on the same line as its word. */
function words(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = "";
  for (const word of text.split(" ")) {
    if (/^[«“]$/.test(word)) {
      pendingOpen += `${word}\u00a0`;
    } else if (/^[:;?!»”]+$/.test(word) && out.length > 0) {
      out[out.length - 1] += `\u00a0${word}`;
    } else {
      out.push(pendingOpen + word);
      pendingOpen = "";
    }
  }
  if (pendingOpen) out.push(pendingOpen.trim());
  return out;
}

/** Greedy word wrap; a word longer than the width is cut. */
function greedyWrap(tokens: string[], width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of tokens) {
    let rest = word;
    while (rest.length > width) {
      if (current) lines.push(current);
      current = "";
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Wraps to at most `width` characters, with lines of even length (no lone last word). */
function wrap(text: string, width: number): string[] {
  const tokens = words(text);
  const greedy = greedyWrap(tokens, width);
  for (let w = Math.ceil(text.length / greedy.length); w < width; w++) {
    const lines = greedyWrap(tokens, w);
    if (lines.length === greedy.length) return lines;
  }
  return greedy;
}

/** Escapes a value for a filter option, then for the filtergraph (ffmpeg-filters "filtergraph escaping"). */
function filterValue(value: string): string {
  const optionLevel = value.replace(/[\\':]/g, (c) => `\\${c}`);
  return optionLevel.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, size = 2): string => String(n).padStart(size, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

function vttText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function toVtt(cues: Cue[]): string {
  const blocks = cues.map((cue, i) => `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${vttText(cue.text)}`);
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/** English cues: the lines share the French speech span in proportion to their length, in order. */
function spreadCues(lines: string[], start: number, end: number): Cue[] {
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  const startMs = Math.round(start * 1000);
  const spanMs = Math.round(end * 1000) - startMs;
  let used = 0;
  return lines.map((text) => {
    const from = startMs + Math.round((spanMs * used) / total);
    used += text.length;
    const to = startMs + Math.round((spanMs * used) / total);
    return { start: from / 1000, end: to / 1000, text };
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

// ---------- content discovery ----------

interface Discovery {
  units: Unit[];
  incomplete: string[];
}

async function discover(): Promise<Discovery> {
  const units: Unit[] = [];
  const incomplete: string[] = [];
  const moduleDirs = (await readdir(MODULES_DIR, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const moduleName of moduleDirs) {
    const moduleDir = path.join(MODULES_DIR, moduleName);
    const moduleFile = path.join(moduleDir, "module.json");
    if (!existsSync(moduleFile)) {
      incomplete.push(`${moduleName}: no module.json`);
      continue;
    }
    const moduleMeta = await readJson(moduleFile);
    if (!isRecord(moduleMeta)) throw new Error(`${moduleFile}: not an object`);
    const moduleTitle = readLocalized(moduleMeta.title, moduleFile);
    const unitsDir = path.join(moduleDir, "units");
    if (!existsSync(unitsDir)) continue;
    const unitDirs = (await readdir(unitsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    for (const unitName of unitDirs) {
      const dir = path.join(unitsDir, unitName);
      const files = ["unit.json", "transcript.fr.txt", "transcript.en.txt"].map((f) => path.join(dir, f));
      const missing = files.filter((f) => !existsSync(f)).map((f) => path.basename(f));
      if (missing.length > 0) {
        incomplete.push(`${moduleName}/${unitName}: missing ${missing.join(", ")}`);
        continue;
      }
      const [unitFile] = files;
      if (unitFile === undefined) continue;
      const meta = await readJson(unitFile);
      if (!isRecord(meta) || typeof meta.id !== "string" || !/^m\d+-u\d+$/.test(meta.id)) {
        incomplete.push(`${moduleName}/${unitName}: unit.json has no valid id`);
        continue;
      }
      const video = meta.video;
      const declared = isRecord(video) && typeof video.durationSeconds === "number" ? video.durationSeconds : undefined;
      units.push({
        id: meta.id,
        dir,
        title: readLocalized(meta.title, unitFile),
        moduleTitle,
        declaredSeconds: declared,
        inputs: [...files, moduleFile],
      });
    }
  }
  return { units, incomplete };
}

function outputsOf(id: string): { webm: string; mp4: string; vttFr: string; vttEn: string } {
  return {
    webm: path.join(VIDEOS_DIR, `${id}.webm`),
    mp4: path.join(VIDEOS_DIR, `${id}.mp4`),
    vttFr: path.join(CAPTIONS_DIR, `${id}.fr.vtt`),
    vttEn: path.join(CAPTIONS_DIR, `${id}.en.vtt`),
  };
}

async function isUpToDate(unit: Unit): Promise<boolean> {
  const outputs = Object.values(outputsOf(unit.id));
  if (!outputs.every((f) => existsSync(f))) return false;
  const outTimes = await Promise.all(outputs.map(async (f) => (await stat(f)).mtimeMs));
  const inTimes = await Promise.all(unit.inputs.map(async (f) => (await stat(f)).mtimeMs));
  return Math.min(...outTimes) > Math.max(...inTimes);
}

// ---------- rendering ----------

interface Narration {
  wav: string;
  total: number;
  cues: Cue[];
}

async function synthesise(lines: string[], tmp: string): Promise<Narration> {
  const parts: string[] = [];
  const durations: number[] = [];
  for (const [i, line] of lines.entries()) {
    const wav = path.join(tmp, `line-${String(i).padStart(3, "0")}.wav`);
    // A leading "-" would be read as an option: a space in front is not spoken.
    const text = line.startsWith("-") ? ` ${line}` : line;
    await run("espeak-ng", ["-v", "fr", "-s", "160", "-w", wav, text]);
    parts.push(wav);
    durations.push(await probeDuration(wav));
  }
  const [firstPart] = parts;
  if (firstPart === undefined) throw new Error("empty transcript");
  const rate = await probeSampleRate(firstPart);

  const silence = async (name: string, seconds: number): Promise<{ file: string; seconds: number }> => {
    const file = path.join(tmp, name);
    await run("ffmpeg", [
      "-v", "error", "-y", "-f", "lavfi", "-i", `anullsrc=r=${rate}:cl=mono`, "-t", seconds.toFixed(3), "-c:a", "pcm_s16le", file,
    ]);
    return { file, seconds: await probeDuration(file) };
  };
  const lead = await silence("lead.wav", LEAD_SECONDS);
  const gap = await silence("gap.wav", GAP_SECONDS);
  const tail = await silence("tail.wav", TAIL_SECONDS);

  const sequence: string[] = [lead.file];
  const cues: Cue[] = [];
  let t = lead.seconds;
  for (const [i, wav] of parts.entries()) {
    const duration = durations[i] ?? 0;
    const text = lines[i] ?? "";
    if (i > 0) {
      sequence.push(gap.file);
      t += gap.seconds;
    }
    sequence.push(wav);
    cues.push({ start: t, end: t + duration, text });
    t += duration;
  }
  sequence.push(tail.file);

  const list = path.join(tmp, "narration.txt");
  await writeFile(list, sequence.map((f) => `file '${f.replace(/'/g, "'\\''")}'`).join("\n") + "\n");
  const wav = path.join(tmp, "narration.wav");
  await run("ffmpeg", ["-v", "error", "-y", "-f", "concat", "-safe", "0", "-i", list, "-c:a", "pcm_s16le", wav]);
  return { wav, total: await probeDuration(wav), cues };
}

/** Builds the filtergraph; every text goes through a file so that nothing needs escaping but the path. */
async function buildFilter(unit: Unit, cues: Cue[], total: number, tmp: string): Promise<string> {
  let n = 0;
  const textFile = async (text: string): Promise<string> => {
    const file = path.join(tmp, `text-${String(n++).padStart(3, "0")}.txt`);
    await writeFile(file, text);
    return filterValue(file);
  };
  const draw = async (
    text: string,
    opts: { font: string; size: number; color: string; x: string; y: number; enable?: string },
  ): Promise<string> => {
    const parts = [
      `fontfile=${filterValue(opts.font)}`,
      `textfile=${await textFile(text)}`,
      "expansion=none",
      `fontsize=${opts.size}`,
      `fontcolor=${opts.color}`,
      `x=${opts.x}`,
      // Place by baseline (top + ~cap height), so accents and descenders do not shift a line.
      `y=${opts.y + Math.round(opts.size * 0.76)}-max_glyph_a`,
    ];
    if (opts.enable) parts.push(`enable='${opts.enable}'`);
    return `drawtext=${parts.join(":")}`;
  };

  const filters: string[] = [];
  const match = /^m(\d+)-u(\d+)$/.exec(unit.id);
  const label = match ? `MODULE ${match[1] ?? ""}  ·  UNITÉ ${match[2] ?? ""}` : unit.id.toUpperCase();

  // Header: amber label, module title (small), short amber accent, unit title (large).
  filters.push(await draw(label, { font: FONT_BOLD, size: 20, color: AMBER, x: String(MARGIN_X), y: 56 }));
  let y = 90;
  for (const line of wrap(unit.moduleTitle.fr, 80)) {
    filters.push(await draw(line, { font: FONT, size: 24, color: PALE, x: String(MARGIN_X), y }));
    y += 34;
  }
  y += 14;
  filters.push(`drawbox=x=${MARGIN_X}:y=${y}:w=72:h=4:color=${AMBER}:t=fill`);
  y += 26;
  for (const line of wrap(unit.title.fr, 36)) {
    filters.push(await draw(line, { font: FONT_BOLD, size: 48, color: "white", x: String(MARGIN_X), y }));
    y += 62;
  }
  const ruleY = y + 18;
  filters.push(`drawbox=x=${MARGIN_X}:y=${ruleY}:w=${WIDTH - 2 * MARGIN_X}:h=2:color=${AMBER}@0.45:t=fill`);

  // Subtitle area: the line being spoken, centred in the space below the rule.
  const fontSize = 44;
  const lineHeight = 60;
  const areaTop = ruleY + 2;
  const areaBottom = HEIGHT - 60;
  for (const cue of cues) {
    const wrapped = wrap(cue.text, 38);
    const blockHeight = wrapped.length * lineHeight - (lineHeight - fontSize);
    let lineY = Math.round(areaTop + (areaBottom - areaTop - blockHeight) / 2);
    const enable = `between(t,${cue.start.toFixed(3)},${cue.end.toFixed(3)})`;
    for (const line of wrapped) {
      filters.push(await draw(line, { font: FONT, size: fontSize, color: "white", x: "(w-text_w)/2", y: lineY, enable }));
      lineY += lineHeight;
    }
  }

  // Footer: a small wordmark (the platform's own name, no institutional logo).
  filters.push(await draw("Vigie", { font: FONT_BOLD, size: 18, color: `${PALE}@0.7`, x: String(MARGIN_X), y: HEIGHT - 40 }));

  // A thin amber progress bar along the bottom edge (input 1 is a 1280×4 amber strip).
  const duration = total.toFixed(3);
  return `[0:v]${filters.join(",")}[bg];[bg][1:v]overlay=x='-w+w*t/${duration}':y=H-h:eval=frame:shortest=1,format=yuv420p[v]`;
}

async function encode(filter: string, narration: string, total: number, out: string, kind: "webm" | "mp4"): Promise<void> {
  const duration = total.toFixed(3);
  const inputs = [
    "-f", "lavfi", "-i", `color=c=${NAVY}:s=${WIDTH}x${HEIGHT}:r=${FPS}:d=${duration}`,
    "-f", "lavfi", "-i", `color=c=${AMBER}:s=${WIDTH}x4:r=${FPS}:d=${duration}`,
    "-i", narration,
  ];
  const common = ["-map", "[v]", "-map", "2:a", "-t", duration, "-threads", THREADS, "-g", String(FPS * 10)];
  const codec =
    kind === "webm"
      ? [
          "-c:v", "libvpx-vp9", "-b:v", "60k", "-crf", "45", "-deadline", "good", "-cpu-used", "5", "-row-mt", "1", "-tile-columns", "1",
          "-c:a", "libopus", "-b:a", "32k", "-ac", "1", "-ar", "48000",
        ]
      : [
          "-c:v", "libx264", "-preset", "veryfast", "-crf", "32", "-tune", "stillimage", "-profile:v", "high",
          "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "44100", "-movflags", "+faststart",
        ];
  await run("ffmpeg", ["-v", "error", "-y", ...inputs, "-filter_complex", filter, ...common, ...codec, out]);
}

/** Copies next to the destination, then renames: a reader never sees a half-written file. */
async function publish(from: string, to: string): Promise<void> {
  const partial = `${to}.partial`;
  await copyFile(from, partial);
  await rename(partial, to);
}

const activeTmp = new Set<string>();

async function makeUnit(unit: Unit): Promise<{ webm: number; mp4: number; total: number }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), `vigie-video-${unit.id}-`));
  activeTmp.add(tmp);
  try {
    const fr = await readLines(path.join(unit.dir, "transcript.fr.txt"));
    const en = await readLines(path.join(unit.dir, "transcript.en.txt"));
    if (fr.length === 0 || en.length === 0) throw new Error("a transcript is empty");
    if (fr.length !== en.length) console.warn(`  ! ${unit.id}: ${fr.length} French lines but ${en.length} English lines`);

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
    console.log("Usage: npx tsx scripts/make-videos.ts [--force] [unit-id …]");
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

  const { units, incomplete } = await discover();
  for (const note of incomplete) console.warn(`! skipped, in progress: ${note}`);

  let selected = units;
  if (wanted.length > 0) {
    const known = new Set(units.map((u) => u.id));
    const notFound = wanted.filter((id) => !known.has(id));
    if (notFound.length > 0) {
      console.error(`Unknown or incomplete unit(s): ${notFound.join(", ")}`);
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
      for (const [name, size] of [["webm", result.webm], ["mp4", result.mp4]] as const) {
        if (size > MAX_BYTES) {
          console.error(`  ✗ ${unit.id}.${name} is ${kb(size)}, over the 2 MB limit`);
          failures++;
        }
      }
      const rounded = Math.round(result.total);
      if (unit.declaredSeconds !== undefined && unit.declaredSeconds !== rounded) {
        console.warn(`  ! ${unit.id}: unit.json says video.durationSeconds ${unit.declaredSeconds}, the video lasts ${rounded} s`);
      }
    } catch (error) {
      failures++;
      console.error(`✗ ${unit.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s, ${selected.length} unit(s), ${failures} failure(s).`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
