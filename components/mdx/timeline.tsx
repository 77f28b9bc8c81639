"use client";

// Dated events on a vertical line; each event is a disclosure button
// (aria-expanded / aria-controls). Without JavaScript (`noscript:` = @media (scripting: none))
// every event is shown open and the disclosure controls are hidden; the same on paper (`print:`).
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ChevronIcon } from "./icons";
import { card, focusRing, secondaryButton } from "./styles";

export type TimelineEvent = { date: string; title: string; text: string };

export type TimelineProps = { events: TimelineEvent[] };

export function Timeline({ events }: TimelineProps) {
  const t = useTranslations("mdx");
  const id = useId();
  const list = Array.isArray(events) ? events : [];
  const [open, setOpen] = useState<readonly boolean[]>(() => list.map(() => false));

  if (list.length === 0) return null;

  const isOpen = (index: number) => open[index] ?? false;
  const allOpen = list.every((_, i) => isOpen(i));

  function toggle(index: number) {
    setOpen(list.map((_, i) => (i === index ? !(open[i] ?? false) : (open[i] ?? false))));
  }

  return (
    <div className={card}>
      {list.length > 1 ? (
        <div className="mb-4 flex justify-end noscript:hidden print:hidden">
          <button type="button" className={secondaryButton} onClick={() => setOpen(list.map(() => !allOpen))}>
            {allOpen ? t("timeline.collapseAll") : t("timeline.expandAll")}
          </button>
        </div>
      ) : null}

      <ol className="ml-2 border-l-2 border-slate-300">
        {list.map((event, index) => {
          const expanded = isOpen(index);
          const panelId = `${id}-event-${index}`;
          return (
            <li key={index} className="relative pb-6 pl-6 last:pb-0">
              <span
                aria-hidden="true"
                className={`absolute top-3.5 -left-[9px] h-4 w-4 rounded-full border-2 border-brand-800 motion-safe:transition-colors ${
                  expanded ? "bg-brand-800" : "bg-white noscript:bg-brand-800 print:bg-brand-800"
                }`}
              />
              <button
                type="button"
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => toggle(index)}
                className={`flex min-h-11 w-full items-start justify-between gap-3 rounded-md px-2 py-2 text-left hover:bg-slate-50 motion-safe:transition-colors ${focusRing}`}
              >
                <span className="min-w-0">
                  <span className="block text-sm font-semibold text-brand-800">{event.date}</span>
                  <span className="block font-semibold text-slate-900">{event.title}</span>
                </span>
                <ChevronIcon
                  className={`mt-1 h-5 w-5 shrink-0 text-slate-700 motion-safe:transition-transform noscript:hidden print:hidden ${
                    expanded ? "rotate-180" : ""
                  }`}
                />
              </button>
              <div
                id={panelId}
                className={`px-2 pt-1 text-slate-700 ${expanded ? "block" : "hidden noscript:block print:block"}`}
              >
                <p>{event.text}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
