import { describe, expect, it } from "vitest";
import { readChecklists } from "@/lib/checklists/catalogue";
import { parseChecklists } from "@/lib/checklists/parse";
import { normaliseTicks, oldTicksKey, ticksFromOldStorage } from "@/lib/checklists/rules";
import { saveChecklistSchema } from "@/lib/checklists/schemas";
import { checklistSheet } from "@/lib/checklists/sheet";
import { readBriefing } from "@/lib/content/briefing";
import { briefingSheet } from "@/lib/content/briefing-sheet";
import { readCourse } from "@/lib/content/load";
import { renderSheetPdf } from "@/lib/documents/sheet-pdf";
import { extractPdfText } from "../../support/pdf-text";

const plain = (value: string) => value.replaceAll("\u00A0", " ").replace(/\s+/g, " ");

describe("parseChecklists", () => {
  it("reads the id, title and items of each <Checklist> of a lesson", () => {
    const mdx = `Texte.\n\n<Checklist id="m3-u9-test" title="Ma liste" items={[\n  "Un",\n  "Deux, avec « guillemets »"\n]} />\n`;
    expect(parseChecklists(mdx)).toEqual({
      checklists: [{ id: "m3-u9-test", title: "Ma liste", items: ["Un", "Deux, avec « guillemets »"] }],
      problems: [],
    });
  });

  it("reports a checklist it cannot read instead of skipping it silently", () => {
    const { checklists, problems } = parseChecklists(`<Checklist id="m3-u9-x" title="T" items={['simple']} />`);
    expect(checklists).toEqual([]);
    expect(problems[0]).toMatch(/double-quoted/);
    expect(parseChecklists(`<Checklist title="T" items={["a"]} />`).problems[0]).toMatch(/needs an id/);
  });

  it("finds the course's checklists, the same items in French and English", () => {
    const { checklists, problems } = readChecklists(readCourse().course);
    expect(problems).toEqual([]);
    const ids = checklists.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["m3-u2-site", "m3-u3-event"]));
    for (const c of checklists) expect(c.items.en).toHaveLength(c.items.fr.length);
  });
});

describe("ticks", () => {
  it("keeps only the list's indices, sorted, once each", () => {
    expect(normaliseTicks([3, 1, 3, 12, -1, 0], 10)).toEqual([0, 1, 3]);
  });

  it("reads one, several or no ticked boxes from the form, and refuses what is not an index", () => {
    expect(saveChecklistSchema.parse({ checklistId: "m3-u2-site" }).item).toEqual([]);
    expect(saveChecklistSchema.parse({ checklistId: "m3-u2-site", item: "4" }).item).toEqual([4]);
    expect(saveChecklistSchema.parse({ checklistId: "m3-u2-site", item: ["0", "2"] }).item).toEqual([0, 2]);
    expect(saveChecklistSchema.safeParse({ checklistId: "m3-u2-site", item: "abc" }).success).toBe(false);
    expect(saveChecklistSchema.safeParse({ checklistId: "m3-u2-site", item: "30" }).success).toBe(false);
    expect(saveChecklistSchema.safeParse({ checklistId: "../etc", item: "1" }).success).toBe(false);
  });
});

describe("one-page sheets", () => {
  const checklist = readChecklists(readCourse().course).checklists.find((c) => c.id === "m3-u3-event")!;

  it("prints a checklist with the learner's name, their ticks counted and every item", async () => {
    const sheet = checklistSheet({
      checklist,
      lang: "en",
      ticked: [0, 4],
      savedAt: new Date("2026-11-30T10:00:00Z"),
      owner: "Inès Martin",
      unit: { moduleOrder: 3, title: "Securing a gathering or event" },
      today: new Date("2026-12-01T10:00:00Z"),
    });
    expect(sheet.blocks.filter((b) => b.kind === "item" && b.box === "ticked")).toHaveLength(2);
    const pdf = await renderSheetPdf(sheet);
    const text = plain(await extractPdfText(pdf));
    expect(text).toContain("Preparing my event");
    expect(text).toContain("Inès Martin's list");
    expect(text).toContain("2 of 10 ticked, saved in the Vigie account on 30 November 2026");
    for (const item of checklist.items.en) expect(text).toContain(plain(item).split(" ").slice(0, 4).join(" "));
    expect((await (await import("pdf-lib")).PDFDocument.load(pdf)).getPageCount()).toBe(1);
  });

  it("is byte-identical for the same sheet", async () => {
    const { briefing } = readBriefing();
    const a = await renderSheetPdf(briefingSheet(briefing!, "fr"));
    const b = await renderSheetPdf(briefingSheet(briefing!, "fr"));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("prints the steward's briefing card on one page in both languages: entrances, alert signal, who to call", async () => {
    const { briefing, problems } = readBriefing();
    expect(problems).toEqual([]);
    const { PDFDocument } = await import("pdf-lib");
    for (const [lang, words] of [
      [
        "fr",
        [
          "Fiche réflexe du stadier",
          "sans agrément",
          "plus de 300 spectateurs",
          "distinct de l'alarme incendie",
          "17 : police ou gendarmerie",
          "114",
        ],
      ],
      [
        "en",
        [
          "Steward's briefing card",
          "without approval",
          "more than 300 spectators",
          "different from the fire alarm",
          "17: police or gendarmerie",
          "114",
        ],
      ],
    ] as const) {
      const pdf = await renderSheetPdf(briefingSheet(briefing!, lang));
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
      const text = plain(await extractPdfText(pdf));
      for (const w of words) expect(text, `${lang}: ${w}`).toContain(w);
    }
  });
});

describe("ticks kept in the browser before they were saved to the account", () => {
  const fr = ["Plan d'évacuation affiché", "Extincteurs vérifiés", "Consignes données"];
  const en = ["Evacuation plan posted", "Fire extinguishers checked", "Instructions given"];

  it("are read from the old key's JSON array of item texts, in either language", () => {
    expect(oldTicksKey("m3-u2-site")).toBe("vigie-checklist-m3-u2-site");
    expect(ticksFromOldStorage(JSON.stringify(["Consignes données", "Plan d'évacuation affiché"]), [fr, en])).toEqual([
      0, 2,
    ]);
    expect(ticksFromOldStorage(JSON.stringify(["Fire extinguishers checked"]), [fr, en])).toEqual([1]);
  });

  it("drop texts the checklist no longer has, and refuse anything but an array of texts", () => {
    expect(ticksFromOldStorage(JSON.stringify(["Gone item", "Extincteurs vérifiés"]), [fr, en])).toEqual([1]);
    expect(ticksFromOldStorage(null, [fr])).toBeNull();
    for (const raw of ["not json", "{}", "[1,2]", JSON.stringify(Array(101).fill("x"))])
      expect(ticksFromOldStorage(raw, [fr])).toBeNull();
  });
});
