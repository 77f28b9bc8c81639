// The external tools: ffmpeg/ffprobe and espeak-ng as child processes, the narration track and the encoders.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Cue } from "./captions";
import { AMBER, FPS, HEIGHT, NAVY, WIDTH } from "./scene";

const GAP_SECONDS = 0.35; // silence between two spoken lines
const LEAD_SECONDS = 1.0; // title card alone before the first line
const TAIL_SECONDS = 1.2; // silence after the last line
const THREADS = "2";

interface RunResult {
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(new Error(`${command} exited with code ${String(code)}\n${stderr.split("\n").slice(-15).join("\n")}`));
    });
  });
}

export async function probeDuration(file: string): Promise<number> {
  const { stdout } = await run("ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "format=duration",
    "-of",
    "default=nw=1:nk=1",
    file,
  ]);
  const seconds = Number.parseFloat(stdout.trim());
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`ffprobe: no duration for ${file}`);
  return seconds;
}

async function probeSampleRate(file: string): Promise<number> {
  const { stdout } = await run("ffprobe", [
    "-v",
    "error",
    "-select_streams",
    "a:0",
    "-show_entries",
    "stream=sample_rate",
    "-of",
    "default=nw=1:nk=1",
    file,
  ]);
  const rate = Number.parseInt(stdout.trim(), 10);
  if (!Number.isFinite(rate) || rate <= 0) throw new Error(`ffprobe: no sample rate for ${file}`);
  return rate;
}

export interface Narration {
  wav: string;
  total: number;
  cues: Cue[];
}

export async function synthesise(lines: string[], tmp: string): Promise<Narration> {
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
      "-v",
      "error",
      "-y",
      "-f",
      "lavfi",
      "-i",
      `anullsrc=r=${rate}:cl=mono`,
      "-t",
      seconds.toFixed(3),
      "-c:a",
      "pcm_s16le",
      file,
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

export async function encode(
  filter: string,
  narration: string,
  total: number,
  out: string,
  kind: "webm" | "mp4",
): Promise<void> {
  const duration = total.toFixed(3);
  const inputs = [
    "-f",
    "lavfi",
    "-i",
    `color=c=${NAVY}:s=${WIDTH}x${HEIGHT}:r=${FPS}:d=${duration}`,
    "-f",
    "lavfi",
    "-i",
    `color=c=${AMBER}:s=${WIDTH}x4:r=${FPS}:d=${duration}`,
    "-i",
    narration,
  ];
  const common = ["-map", "[v]", "-map", "2:a", "-t", duration, "-threads", THREADS, "-g", String(FPS * 10)];
  const codec =
    kind === "webm"
      ? [
          "-c:v",
          "libvpx-vp9",
          "-b:v",
          "60k",
          "-crf",
          "45",
          "-deadline",
          "good",
          "-cpu-used",
          "5",
          "-row-mt",
          "1",
          "-tile-columns",
          "1",
          "-c:a",
          "libopus",
          "-b:a",
          "32k",
          "-ac",
          "1",
          "-ar",
          "48000",
        ]
      : [
          "-c:v",
          "libx264",
          "-preset",
          "veryfast",
          "-crf",
          "32",
          "-tune",
          "stillimage",
          "-profile:v",
          "high",
          "-c:a",
          "aac",
          "-b:a",
          "48k",
          "-ac",
          "1",
          "-ar",
          "44100",
          "-movflags",
          "+faststart",
        ];
  await run("ffmpeg", ["-v", "error", "-y", ...inputs, "-filter_complex", filter, ...common, ...codec, out]);
}
