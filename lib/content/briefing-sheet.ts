// The steward's briefing card as a one-page sheet (pure): headed lists, then lines to fill in.
import type { Sheet } from "@/lib/documents/sheet-pdf";
import type { Lang } from "./load";
import type { Briefing } from "./schemas";

export function briefingSheet(briefing: Briefing, lang: Lang): Sheet {
  return {
    locale: lang,
    title: briefing.title[lang],
    lead: briefing.lead[lang],
    blocks: [
      ...briefing.sections.flatMap((s) => [
        { kind: "heading" as const, text: s.heading[lang] },
        ...s.items[lang].map((text) => ({ kind: "item" as const, text })),
      ]),
      ...(briefing.blanks.length > 0 ? [{ kind: "heading" as const, text: lang === "fr" ? "À compléter" : "To fill in" }] : []),
      ...briefing.blanks.map((b) => ({ kind: "blank" as const, label: b[lang] })),
    ],
    footer: briefing.footer[lang],
    date: new Date(`${briefing.updatedAt}T12:00:00Z`),
  };
}
