"use client";

// The threat levels as WAI-ARIA tabs (automatic activation, roving tabindex,
// Left/Right/Home/End). The illustration is an original drawing: a triangle whose bands
// fill up with the level; it does not reproduce any official logo.
import type { KeyboardEvent } from "react";
import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { focusRing } from "./styles";
import { bandPoints, fillFor, OUTLINE_POINTS, TRIANGLE_VIEWBOX } from "./threat-triangle";

/**
 * `original`: the level's official French name, for a lesson in another language; it is shown under the
 * translated name and marked lang="fr" so that screen readers pronounce it in French.
 */
export type ThreatLevel = { name: string; summary: string; details?: string; original?: string };

export type ThreatLevelsProps = { levels: ThreatLevel[] };

type TriangleProps = { level: number; total: number; className: string; label?: string };

function LevelTriangle({ level, total, className, label }: TriangleProps) {
  const bands = Math.max(total, 1);
  const fill = fillFor(level, total).className;
  const a11y = label ? ({ role: "img", "aria-label": label } as const) : ({ "aria-hidden": true } as const);
  return (
    <svg viewBox={TRIANGLE_VIEWBOX} className={className} focusable="false" {...a11y}>
      {Array.from({ length: bands }, (_, band) => (
        <polygon
          key={band}
          points={bandPoints(band, bands)}
          className={band < level ? fill : "fill-slate-100"}
          stroke="#ffffff"
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
      ))}
      <polygon
        points={OUTLINE_POINTS}
        fill="none"
        className="stroke-slate-700"
        strokeWidth={3}
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function ThreatLevels({ levels }: ThreatLevelsProps) {
  const t = useTranslations("mdx");
  const baseId = useId();
  const [selected, setSelected] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const list = Array.isArray(levels) ? levels : [];
  const total = list.length;
  if (total === 0) return null;
  const current = Math.min(selected, total - 1);

  function activate(index: number) {
    setSelected(index);
    tabRefs.current[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    let next: number;
    switch (event.key) {
      case "ArrowRight":
        next = (index + 1) % total;
        break;
      case "ArrowLeft":
        next = (index - 1 + total) % total;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = total - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    activate(next);
  }

  return (
    <div className="not-prose my-8 text-slate-900">
      <div
        role="tablist"
        aria-label={t("threatLevels.tablistLabel")}
        aria-orientation="horizontal"
        className="grid auto-cols-fr grid-flow-col gap-2 print:hidden"
      >
        {list.map((level, index) => {
          const isSelected = index === current;
          return (
            <button
              key={index}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${index}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${index}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => setSelected(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`flex min-h-11 flex-col items-center gap-1 rounded-lg border-2 bg-white px-1 py-2 text-center text-xs hover:bg-slate-50 sm:px-3 sm:text-sm motion-safe:transition-colors ${focusRing} aria-selected:border-brand-800 aria-selected:bg-brand-50 aria-selected:shadow-[inset_0_-4px_0_0_var(--color-brand-800)] ${isSelected ? "" : "border-control"}`}
            >
              <LevelTriangle level={index + 1} total={total} className="h-8 w-8 sm:h-10 sm:w-10" />
              <span className="text-slate-700">{t("threatLevels.level", { current: index + 1, total })}</span>
              <span className="font-semibold break-words hyphens-auto text-slate-900">{level.name}</span>
            </button>
          );
        })}
      </div>

      {list.map((level, index) => (
        <div
          key={index}
          role="tabpanel"
          id={`${baseId}-panel-${index}`}
          aria-labelledby={`${baseId}-tab-${index}`}
          hidden={index !== current}
          tabIndex={0}
          className={`mt-3 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6 ${focusRing}`}
        >
          <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
            <LevelTriangle
              level={index + 1}
              total={total}
              className="h-20 w-20 shrink-0 self-center sm:self-start"
              label={t("threatLevels.illustration", { current: index + 1, total })}
            />
            <div className="min-w-0">
              <p className="text-sm font-semibold text-brand-800">
                {t("threatLevels.level", { current: index + 1, total })}
              </p>
              <p className="mt-1 text-lg font-semibold text-slate-900">{level.name}</p>
              {level.original ? (
                <p className="mt-1 text-sm text-slate-700">
                  {t.rich("threatLevels.original", {
                    name: () => (
                      <span lang="fr" className="font-semibold">
                        {level.original}
                      </span>
                    ),
                  })}
                </p>
              ) : null}
              <p className="mt-2 text-slate-900">{level.summary}</p>
              {level.details ? <p className="mt-2 text-slate-700">{level.details}</p> : null}
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
