// The timing shared by both languages: each scene lasts as long as the longer of its French and English
// narrations, so the two videos have the same scenes at the same moments and one length (unit.json's
// video.durationSeconds). Each language's lines are spoken one after the other from the scene's start.
import type { Cue } from "./captions";
import type { Pcm } from "./ffmpeg";
import type { Lang } from "./scenes";

const LEAD = 0.8; // silence before the first line
const GAP = 0.3; // between two lines of one scene
const SCENE_PAD = 0.5; // after the last line of a scene, before the picture changes
const TAIL = 1.2; // after the last scene

export interface Schedule {
  total: number;
  /** Start and length of each scene, in seconds. */
  scenes: { start: number; seconds: number }[];
  /** Per language: where each line starts. */
  starts: Record<Lang, number[]>;
}

const secondsOf = (pcm: Pcm): number => pcm.samples.length / pcm.rate;

export function schedule(sceneLines: number[], lines: Record<Lang, Pcm[]>): Schedule {
  const scenes: Schedule["scenes"] = [];
  const starts: Record<Lang, number[]> = { fr: [], en: [] };
  let t = 0;
  let first = 0;
  for (const [i, count] of sceneLines.entries()) {
    const lead = i === 0 ? LEAD : 0.25;
    let longest = 0;
    for (const lang of ["fr", "en"] as const) {
      let at = t + lead;
      for (const pcm of lines[lang].slice(first, first + count)) {
        starts[lang].push(at);
        at += secondsOf(pcm) + GAP;
      }
      longest = Math.max(longest, at - GAP - t);
    }
    const seconds = longest + (i === sceneLines.length - 1 ? TAIL : SCENE_PAD);
    scenes.push({ start: t, seconds });
    t += seconds;
    first += count;
  }
  return { total: t, scenes, starts };
}

/** One language's narration: its lines placed at their start times in silence. */
export function mix(lines: Pcm[], starts: number[], total: number): Pcm {
  const rate = lines[0]?.rate ?? 22050;
  const samples = new Int16Array(Math.ceil(total * rate));
  lines.forEach((pcm, i) => {
    if (pcm.rate !== rate) throw new Error("lines of one narration at different sample rates");
    samples.set(
      pcm.samples.subarray(0, samples.length - Math.round((starts[i] ?? 0) * rate)),
      Math.round((starts[i] ?? 0) * rate),
    );
  });
  return { rate, samples };
}

/** Longest cue, in characters: one line of captions on a phone (the player is ≈ 328 px wide there). */
const CUE_CHARS = 48;

/** Splits a cue in two at a comma (or else a space) near its middle, time shared by length; recursively. */
function split(cue: Cue): Cue[] {
  const { text, start, end } = cue;
  if (text.length <= CUE_CHARS) return [cue];
  const middle = text.length / 2;
  const near = (list: number[]): number | undefined =>
    list
      .filter((b) => b > text.length * 0.3 && b < text.length * 0.7)
      .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0];
  const at = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => (m.index ?? 0) + m[0].length);
  const cut = near(at(/[,:;] /g)) ?? near(at(/ /g));
  if (cut === undefined) return [cue];
  const time = start + ((end - start) * cut) / text.length;
  return [
    ...split({ start, end: time, text: text.slice(0, cut).trim() }),
    ...split({ start: time, end, text: text.slice(cut).trim() }),
  ];
}

/** The captions of one language: the spoken lines, each split into cues of one phone line or so. */
export function cues(texts: string[], lines: Pcm[], starts: number[]): Cue[] {
  return texts.flatMap((text, i) => {
    const start = starts[i] ?? 0;
    const pcm = lines[i];
    return split({ start, end: start + (pcm ? secondsOf(pcm) : 0), text });
  });
}
