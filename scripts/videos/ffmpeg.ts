// The external tools: espeak-ng for the narration, rsvg-convert for the scenes, ffmpeg for the encoders.
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const THREADS = "2";
/** Frames per second of the output: the scenes are stills, so a low rate costs nothing in clarity. */
const FPS = 5;

interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a tool at the lowest CPU priority (the machine that builds the videos is often shared). */
export function run(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("nice", ["-n", "19", command, ...args], { stdio: ["ignore", "pipe", "pipe"], env });
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

export interface Pcm {
  rate: number;
  samples: Int16Array;
}

/** Reads a 16-bit mono PCM WAV (what espeak-ng writes), walking its chunks to the data. */
function parseWav(buffer: Buffer): Pcm {
  if (buffer.toString("ascii", 0, 4) !== "RIFF" || buffer.toString("ascii", 8, 12) !== "WAVE") {
    throw new Error("not a WAV file");
  }
  let offset = 12;
  let rate = 0;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString("ascii", offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt ") {
      if (
        buffer.readUInt16LE(body) !== 1 ||
        buffer.readUInt16LE(body + 2) !== 1 ||
        buffer.readUInt16LE(body + 14) !== 16
      )
        throw new Error("expected 16-bit mono PCM");
      rate = buffer.readUInt32LE(body + 4);
    } else if (id === "data") {
      // espeak-ng may leave the size unset when it streams: the data then runs to the end of the file.
      const end = Math.min(buffer.length, size > 0 && size < 0xffffffff ? body + size : buffer.length);
      const bytes = buffer.subarray(body, end - ((end - body) % 2));
      const samples = new Int16Array(bytes.length / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2);
      if (rate === 0) throw new Error("WAV data before its format");
      return { rate, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error("WAV without data");
}

export function writeWav(file: string, pcm: Pcm): Promise<void> {
  const header = Buffer.alloc(44);
  const dataBytes = pcm.samples.length * 2;
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(pcm.rate, 24);
  header.writeUInt32LE(pcm.rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(dataBytes, 40);
  const data = Buffer.alloc(dataBytes);
  pcm.samples.forEach((s, i) => data.writeInt16LE(s, i * 2));
  return writeFile(file, Buffer.concat([header, data]));
}

/** One spoken line, synthesised by espeak-ng in the given language (its voices `fr` and `en`). */
export async function speak(line: string, lang: "fr" | "en", file: string): Promise<Pcm> {
  // A leading "-" would be read as an option: a space in front is not spoken.
  const text = line.startsWith("-") ? ` ${line}` : line;
  await run("espeak-ng", ["-v", lang, "-s", lang === "fr" ? "160" : "165", "-w", file, text]);
  return parseWav(await readFile(file));
}

/** Renders an SVG to a PNG with rsvg-convert, its fonts found through `fontconfig` (a fonts.conf path). */
export async function renderSvg(svg: string, file: string, fontconfig: string): Promise<void> {
  const source = file.replace(/\.png$/, ".svg");
  await writeFile(source, svg);
  await run("rsvg-convert", ["--format", "png", "--output", file, source], {
    ...process.env,
    FONTCONFIG_FILE: fontconfig,
  });
}

/** A fontconfig file that makes the DejaVu fonts of node_modules the only fonts: the same frames on any machine. */
export async function writeFontconfig(tmp: string, fontDir: string): Promise<string> {
  const file = path.join(tmp, "fonts.conf");
  await writeFile(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${fontDir}</dir><cachedir>${path.join(tmp, "fc-cache")}</cachedir></fontconfig>\n`,
  );
  return file;
}

/** Encodes still scenes (PNG, each shown for its duration) and a narration into a WebM or an MP4. */
export async function encode(
  scenes: { png: string; seconds: number }[],
  narration: string,
  total: number,
  out: string,
  kind: "webm" | "mp4",
): Promise<void> {
  const list = `${out}.scenes.txt`;
  const last = scenes[scenes.length - 1];
  if (!last) throw new Error("no scenes");
  const quote = (f: string): string => `file '${f.replace(/'/g, "'\\''")}'`;
  // The concat demuxer ignores the last duration unless the last file is listed again.
  const lines = scenes.flatMap((s) => [quote(s.png), `duration ${s.seconds.toFixed(3)}`]).concat(quote(last.png));
  await writeFile(list, lines.join("\n") + "\n");
  const duration = total.toFixed(3);
  // A key frame at every cut: the new scene is sharp from its first frame (no ghost of the previous one).
  let at = 0;
  const cuts = scenes.slice(0, -1).map((s) => (at += s.seconds).toFixed(3));
  const inputs = ["-f", "concat", "-safe", "0", "-i", list, "-i", narration];
  const common = [
    "-map",
    "0:v",
    "-map",
    "1:a",
    "-vf",
    `fps=${FPS},format=yuv420p`,
    "-t",
    duration,
    "-threads",
    THREADS,
    "-g",
    String(FPS * 5),
    ...(cuts.length > 0 ? ["-force_key_frames", cuts.join(",")] : []),
  ];
  const codec =
    kind === "webm"
      ? [
          "-c:v",
          "libvpx-vp9",
          "-b:v",
          "0",
          "-crf",
          "38",
          "-deadline",
          "realtime",
          "-cpu-used",
          "8",
          "-row-mt",
          "1",
        ].concat(["-c:a", "libopus", "-b:a", "32k", "-ac", "1", "-ar", "48000"])
      : ["-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-tune", "stillimage", "-profile:v", "high"].concat([
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
        ]);
  await run("ffmpeg", ["-v", "error", "-y", ...inputs, ...common, ...codec, out]);
}
