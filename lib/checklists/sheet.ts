// A learner's checklist as a one-page sheet (pure): their ticks, whose list it is and where it comes from.
import type { Lang } from "@/lib/content/load";
import type { Sheet } from "@/lib/documents/sheet-pdf";
import type { Checklist } from "./catalogue";

const WORDS = {
  fr: {
    subtitle: (module: number, unit: string, owner: string) =>
      `Formation Vigie — module ${module}, unité « ${unit} » · Liste de ${owner}`,
    footer: (done: number, total: number, date: string) =>
      `${done} sur ${total} cochés, enregistrés dans le compte Vigie le ${date}. Vigie est une formation de sensibilisation, non agréée.`,
    dateLocale: "fr-FR",
  },
  en: {
    subtitle: (module: number, unit: string, owner: string) =>
      `Vigie course — module ${module}, unit “${unit}” · ${owner}'s list`,
    footer: (done: number, total: number, date: string) =>
      `${done} of ${total} ticked, saved in the Vigie account on ${date}. Vigie is an awareness course, not accredited.`,
    dateLocale: "en-GB",
  },
} as const;

export interface ChecklistSheetInput {
  checklist: Checklist;
  lang: Lang;
  ticked: readonly number[];
  /** When the ticks were saved (the sheet's date); null: never saved. */
  savedAt: Date | null;
  owner: string;
  unit: { moduleOrder: number; title: string };
  /** The date printed when nothing was saved yet. */
  today: Date;
}

export function checklistSheet(input: ChecklistSheetInput): Sheet {
  const { checklist, lang, ticked, owner, unit } = input;
  const w = WORDS[lang];
  const items = checklist.items[lang];
  const date = input.savedAt ?? input.today;
  const done = items.filter((_, i) => ticked.includes(i)).length;
  const dateText = new Intl.DateTimeFormat(w.dateLocale, { dateStyle: "long", timeZone: "Europe/Paris" }).format(date);
  return {
    locale: lang,
    title: checklist.title[lang],
    subtitle: w.subtitle(unit.moduleOrder, unit.title, owner),
    blocks: items.map((text, i) => ({ kind: "item", text, box: ticked.includes(i) ? "ticked" : "empty" })),
    footer: w.footer(done, items.length, dateText),
    date,
  };
}
