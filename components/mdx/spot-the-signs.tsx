"use client";

// The learner marks the items that look suspicious (toggle buttons), then checks:
// each item then shows whether it was a warning sign, and the score is announced.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { CheckIcon, CrossIcon, FlagIcon, RestartIcon } from "./icons";
import { card, focusRing, primaryButton, secondaryButton } from "./styles";

export type SignItem = { label: string; warning: boolean; explanation: string };

export type SpotTheSignsProps = { intro: string; items: SignItem[] };

export function SpotTheSigns({ intro, items }: SpotTheSignsProps) {
  const t = useTranslations("mdx");
  const id = useId();
  const list = Array.isArray(items) ? items : [];
  const [marked, setMarked] = useState<readonly boolean[]>(() => list.map(() => false));
  const [checked, setChecked] = useState(false);

  const total = list.length;
  if (total === 0) return null;

  const isMarked = (index: number) => marked[index] ?? false;
  const markedCount = list.filter((_, i) => isMarked(i)).length;
  const correct = list.filter((item, i) => isMarked(i) === Boolean(item.warning)).length;

  function toggle(index: number) {
    if (checked) return;
    setMarked(list.map((_, i) => (i === index ? !isMarked(i) : isMarked(i))));
  }

  function reset() {
    setMarked(list.map(() => false));
    setChecked(false);
  }

  return (
    <div className={card}>
      <p className="font-semibold text-slate-900">{intro}</p>
      <p className="mt-1 text-sm text-slate-700">{t("spotTheSigns.instructions")}</p>

      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {list.map((item, index) => {
          const pressed = isMarked(index);
          const right = pressed === Boolean(item.warning);
          const feedbackId = `${id}-feedback-${index}`;
          return (
            <li key={index} className="flex flex-col gap-2">
              <button
                type="button"
                aria-pressed={pressed}
                aria-disabled={checked}
                aria-describedby={checked ? feedbackId : undefined}
                onClick={() => toggle(index)}
                className={`flex min-h-11 w-full items-start gap-3 rounded-lg border-2 p-3 text-left text-slate-900 motion-safe:transition-colors ${focusRing} ${
                  pressed
                    ? "border-brand-800 bg-brand-50"
                    : "border-control bg-white hover:not-aria-disabled:bg-slate-50"
                } aria-disabled:cursor-default`}
              >
                <span
                  aria-hidden="true"
                  className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded border-2 ${
                    pressed ? "border-brand-800 bg-brand-800 text-white" : "border-control bg-white"
                  }`}
                >
                  {pressed ? <FlagIcon className="h-4 w-4" /> : null}
                </span>
                <span className="min-w-0 flex-1">{item.label}</span>
                {pressed ? (
                  <span
                    aria-hidden="true"
                    className="shrink-0 rounded bg-brand-800 px-2 py-0.5 text-xs font-semibold text-white"
                  >
                    {t("spotTheSigns.markedBadge")}
                  </span>
                ) : null}
              </button>
              {checked ? (
                <div
                  id={feedbackId}
                  className={`rounded-lg border p-3 text-sm ${
                    right ? "border-green-800 bg-green-50" : "border-red-800 bg-red-50"
                  }`}
                >
                  <p className={`flex items-start gap-2 font-semibold ${right ? "text-green-800" : "text-red-800"}`}>
                    {right ? <CheckIcon /> : <CrossIcon />}
                    <span>
                      {right ? t("spotTheSigns.right") : t("spotTheSigns.wrong")}
                      {" — "}
                      {item.warning ? t("spotTheSigns.isWarning") : t("spotTheSigns.isNotWarning")}
                    </span>
                  </p>
                  <p className="mt-1 text-slate-700">
                    {pressed ? t("spotTheSigns.youMarked") : t("spotTheSigns.youDidNotMark")}
                  </p>
                  <p className="mt-1 text-slate-900">{item.explanation}</p>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>

      <p className="mt-4 text-sm text-slate-700">{t("spotTheSigns.markedCount", { count: markedCount })}</p>

      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className={primaryButton}
          aria-disabled={checked}
          onClick={() => {
            if (!checked) setChecked(true);
          }}
        >
          <CheckIcon />
          {t("spotTheSigns.check")}
        </button>
        <button type="button" className={secondaryButton} onClick={reset}>
          <RestartIcon />
          {t("spotTheSigns.reset")}
        </button>
      </div>

      <p
        role="status"
        className={
          checked ? "mt-4 rounded-lg border border-slate-300 bg-slate-50 p-3 font-semibold text-slate-900" : "sr-only"
        }
      >
        {checked ? t("spotTheSigns.score", { correct, total }) : ""}
      </p>
    </div>
  );
}
