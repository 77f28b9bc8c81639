"use client";

// A step-by-step sequence with previous / next buttons. The current step is in a polite
// live region; the complete list of steps stays available in a <details> (works without JS).
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ArrowLeftIcon, ArrowRightIcon, RestartIcon } from "./icons";
import { card, focusRing, primaryButton, secondaryButton } from "./styles";

export type ReflexStep = { title: string; text: string };

export type ReflexStepperProps = { steps: ReflexStep[] };

export function ReflexStepper({ steps }: ReflexStepperProps) {
  const t = useTranslations("mdx");
  const id = useId();
  const [index, setIndex] = useState(0);

  const list = Array.isArray(steps) ? steps : [];
  const total = list.length;
  if (total === 0) return null;
  const current = Math.min(index, total - 1);
  const step = list[current];
  if (!step) return null;
  const isFirst = current === 0;
  const isLast = current === total - 1;

  return (
    <div className={card}>
      <ol aria-hidden="true" className="flex flex-wrap items-center gap-2 print:hidden">
        {list.map((_, i) => (
          <li
            key={i}
            className={`flex h-8 w-8 items-center justify-center rounded-full border-2 text-sm font-semibold motion-safe:transition-colors ${
              i === current
                ? "border-brand-800 bg-brand-800 text-white"
                : i < current
                  ? "border-brand-800 bg-brand-50 text-brand-800"
                  : "border-slate-300 bg-white text-slate-700"
            }`}
          >
            {i + 1}
          </li>
        ))}
      </ol>

      <div id={`${id}-current`} aria-live="polite" aria-atomic="true" className="mt-4 print:hidden">
        <p className="text-sm font-semibold text-brand-800">{t("stepper.stepOf", { current: current + 1, total })}</p>
        <p className="mt-1 text-lg font-semibold text-slate-900">{step.title}</p>
        <p className="mt-2 text-slate-700">{step.text}</p>
      </div>

      <div className="mt-6 flex flex-wrap justify-between gap-3 noscript:hidden print:hidden">
        <button
          type="button"
          className={secondaryButton}
          aria-disabled={isFirst}
          aria-controls={`${id}-current`}
          onClick={() => {
            if (!isFirst) setIndex(current - 1);
          }}
        >
          <ArrowLeftIcon />
          {t("stepper.previous")}
        </button>
        {/* One single element whose label changes, so that focus stays on it at the last step. */}
        <button
          type="button"
          className={primaryButton}
          aria-controls={`${id}-current`}
          onClick={() => setIndex(isLast ? 0 : current + 1)}
        >
          {isLast ? t("stepper.restart") : t("stepper.next")}
          {isLast ? <RestartIcon /> : <ArrowRightIcon />}
        </button>
      </div>

      <details className="mt-6 border-t border-slate-200 pt-4">
        <summary
          className={`cursor-pointer rounded-sm font-semibold text-brand-800 underline-offset-4 hover:underline ${focusRing}`}
        >
          {t("stepper.allSteps")}
        </summary>
        <ol className="mt-3 list-decimal space-y-3 pl-6 marker:font-semibold marker:text-brand-800">
          {list.map((s, i) => (
            <li key={i}>
              <p className="font-semibold text-slate-900">{s.title}</p>
              <p className="text-slate-700">{s.text}</p>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
