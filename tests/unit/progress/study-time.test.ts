import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCourse } from "@/lib/content/load";
import { latestFirstViewAllowed, minStudySeconds, secondsBeforeQuiz, STUDY_RULE } from "@/lib/progress/study-time";

const unit = (fr: number, en: number, video: number) => ({
  lessonWords: { fr, en },
  video: { durationSeconds: video },
});

describe("minStudySeconds", () => {
  it("is 25 % of the reading time at 230 words a minute plus half the video, rounded up", () => {
    // 920 words = 4 min of reading → 60 s; a 60 s video → 30 s.
    expect(minStudySeconds(unit(920, 920, 60))).toBe(90);
    expect(minStudySeconds(unit(921, 921, 61))).toBe(91);
  });

  it("reads the shorter of the two languages, so no language is penalised", () => {
    expect(minStudySeconds(unit(920, 460, 0))).toBe(30);
  });

  it("is capped at 4 minutes however long the lesson", () => {
    expect(STUDY_RULE.capSeconds).toBe(240);
    expect(minStudySeconds(unit(20_000, 20_000, 600))).toBe(240);
  });
});

describe("secondsBeforeQuiz", () => {
  const opened = new Date("2026-11-29T10:00:00Z");
  const at = (seconds: number) => new Date(opened.getTime() + seconds * 1000);

  it("is null while the lesson was never opened", () => {
    expect(secondsBeforeQuiz(null, 90, at(0))).toBeNull();
  });

  it("counts down from the first view, and is 0 from the minimum on", () => {
    expect(secondsBeforeQuiz(opened, 90, at(0))).toBe(90);
    expect(secondsBeforeQuiz(opened, 90, at(89.5))).toBe(1);
    expect(secondsBeforeQuiz(opened, 90, at(90))).toBe(0);
    expect(secondsBeforeQuiz(opened, 90, at(86_400))).toBe(0);
  });

  it("agrees with the bound given to the database at every instant around the minimum", () => {
    for (const ms of [0, 89_000, 89_999, 90_000, 90_001, 200_000]) {
      const now = new Date(opened.getTime() + ms);
      expect(secondsBeforeQuiz(opened, 90, now) === 0, `${ms} ms`).toBe(opened <= latestFirstViewAllowed(90, now));
    }
  });
});

describe("the README's table of minimum study times", () => {
  it("matches the rule applied to the real course", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const u of readCourse().course.modules.flatMap((m) => m.units)) {
      const row = new RegExp(
        `^\\| ${u.id} \\| ${u.lessonWords.fr} \\| ${u.lessonWords.en} \\| ${u.video.durationSeconds} s \\| ${minStudySeconds(u)} s \\|`,
        "m",
      );
      expect(readme, u.id).toMatch(row);
    }
  });
});
