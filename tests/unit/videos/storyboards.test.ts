// The intro videos' storyboards: every transcript line has a scene, and every scene stays readable on a
// phone and leaves the bottom of the frame to the player's controls and the captions.
import { describe, expect, it } from "vitest";
import { readCourse } from "@/lib/content/load";
import { sceneSvg, TEXT_FLOOR, type Lang } from "@/scripts/videos/scenes";
import { STORYBOARDS } from "@/scripts/videos/storyboards/index";
import { cues } from "@/scripts/videos/schedule";

const units = readCourse().course.modules.flatMap((m) => m.units);
const LANGS: Lang[] = ["fr", "en"];

function texts(svg: string): { y: number; size: number; text: string }[] {
  return [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    y: Number(m[1]),
    size: Number(m[2]),
    text: m[3] ?? "",
  }));
}

describe("intro video storyboards", () => {
  it("cover every line of both transcripts, scene by scene", () => {
    expect(Object.keys(STORYBOARDS).sort()).toEqual(units.map((u) => u.id).sort());
    for (const u of units) {
      const covered = (STORYBOARDS[u.id] ?? []).reduce((n, s) => n + s.lines, 0);
      for (const lang of LANGS) expect(covered, `${u.id} ${lang}`).toBe(u.transcript[lang].length);
    }
  });

  it("write nothing in the bottom 22 % of the frame, and nothing smaller than 48 px but the top corner", () => {
    for (const u of units) {
      for (const lang of LANGS) {
        for (const [i, scene] of (STORYBOARDS[u.id] ?? []).entries()) {
          const found = texts(sceneSvg(scene, lang, { header: "MODULE 1 · UNITÉ 1", title: u.title[lang] }));
          expect(found.length, `${u.id} ${lang} scene ${i}`).toBeGreaterThan(2);
          for (const t of found) {
            // The baseline plus the descenders (a quarter of the size) stay above the floor.
            expect(t.y + t.size / 4, `${u.id} ${lang} scene ${i}: « ${t.text} »`).toBeLessThanOrEqual(TEXT_FLOOR);
            if (t.y > 80) expect(t.size, `${u.id} ${lang} scene ${i}: « ${t.text} »`).toBeGreaterThanOrEqual(44);
          }
        }
      }
    }
  });
});

describe("caption cues", () => {
  const pcm = (seconds: number) => ({ rate: 1000, samples: new Int16Array(seconds * 1000) });

  it("keep a short line whole and split a long one at a comma, in time order", () => {
    const short = "Appelez le 17.";
    const long = "Le premier est de s’échapper, en s’éloignant du danger sans s’exposer.";
    const result = cues([short, long], [pcm(1), pcm(4)], [0.5, 2]);
    expect(result[0]).toEqual({ start: 0.5, end: 1.5, text: short });
    expect(result.slice(1).map((c) => c.text)).toEqual([
      "Le premier est de s’échapper,",
      "en s’éloignant du danger sans s’exposer.",
    ]);
    expect(result[1]?.start).toBe(2);
    expect(result[2]?.end).toBe(6);
    expect(result[1]?.end).toBe(result[2]?.start);
  });
});
