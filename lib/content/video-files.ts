// Checks of the intro videos' files for content:check: each under the size budget, and as long as
// unit.json says (the length the study-time rule counts). The MP4's length is read from its movie
// header (the moov box sits at the front: the encoder writes it there for streaming).
import { openSync, readSync, closeSync, statSync } from "node:fs";

export const MAX_VIDEO_BYTES = 2 * 1024 * 1024;

/** Seconds of an MP4, from the first `mvhd` box in its first 64 KB; null when not found. */
export function mp4Seconds(file: string): number | null {
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(file, "r");
  let read: number;
  try {
    read = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  const at = buffer.subarray(0, read).indexOf("mvhd");
  if (at < 0) return null;
  const version = buffer.readUInt8(at + 4);
  const timescale = version === 1 ? buffer.readUInt32BE(at + 24) : buffer.readUInt32BE(at + 16);
  const duration =
    version === 1 ? Number(buffer.readBigUInt64BE(at + 28)) : buffer.readUInt32BE(at + 20);
  return timescale > 0 ? duration / timescale : null;
}

/** Problems with one unit's video files (absolute paths), against its declared length. */
export function videoFileProblems(files: { webm: string; mp4: string }, declaredSeconds: number): string[] {
  const problems: string[] = [];
  for (const file of [files.webm, files.mp4]) {
    const bytes = statSync(file, { throwIfNoEntry: false })?.size;
    if (bytes !== undefined && bytes > MAX_VIDEO_BYTES)
      problems.push(`${file} is ${Math.round(bytes / 1024)} KB, over the 2 MB budget`);
  }
  if (statSync(files.mp4, { throwIfNoEntry: false })) {
    const seconds = mp4Seconds(files.mp4);
    if (seconds === null) problems.push(`${files.mp4}: no movie header found`);
    else if (Math.abs(seconds - declaredSeconds) > 1)
      problems.push(`video.durationSeconds is ${declaredSeconds} but ${files.mp4} lasts ${seconds.toFixed(1)} s (npm run videos writes it)`);
  }
  return problems;
}
