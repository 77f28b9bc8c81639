"use client";

// A checklist whose ticks are kept in this browser only (localStorage key
// `vigie-checklist-<id>`, a JSON array of the ticked item texts). The saved ticks are read
// through useSyncExternalStore with a server snapshot of "nothing ticked": the server
// render and hydration always match, and the stored ticks appear right after hydration.
import { useId, useMemo, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { RestartIcon } from "./icons";
import { card, focusRing, secondaryButton } from "./styles";

export type ChecklistProps = { id: string; title: string; items: string[] };

const CHANGE_EVENT = "vigie-checklist-change";
// Fallback when localStorage is unavailable (blocked storage, some private modes).
const memory = new Map<string, string>();

function storageKey(id: string): string {
  return `vigie-checklist-${id}`;
}

function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function writeTicks(key: string, ticked: readonly string[]): void {
  const raw = JSON.stringify(ticked);
  try {
    if (ticked.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, raw);
  } catch {
    // storage unavailable: the in-memory copy keeps the ticks for this page view
    memory.set(key, raw);
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function parseTicks(raw: string | null): ReadonlySet<string> {
  if (!raw) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value)) {
      return new Set(value.filter((entry): entry is string => typeof entry === "string"));
    }
  } catch {
    // corrupted value: start again from an empty list
  }
  return new Set();
}

export function Checklist({ id, title, items }: ChecklistProps) {
  const t = useTranslations("mdx");
  const uid = useId();
  const key = storageKey(id);
  const raw = useSyncExternalStore(
    subscribe,
    () => readRaw(key),
    () => null,
  );
  const ticked = useMemo(() => parseTicks(raw), [raw]);

  const list = Array.isArray(items) ? items : [];
  const total = list.length;
  if (total === 0) return null;

  const done = list.filter((item) => ticked.has(item)).length;
  const percent = Math.round((done / total) * 100);

  function setTicked(item: string, value: boolean) {
    const next = list.filter((entry) => (entry === item ? value : ticked.has(entry)));
    writeTicks(key, next);
  }

  return (
    <div className={card}>
      <fieldset>
        <legend className="text-lg font-semibold text-slate-900">{title}</legend>
        <ul className="mt-3 space-y-1">
          {list.map((item, index) => {
            const inputId = `${uid}-item-${index}`;
            return (
              <li key={index}>
                <label
                  htmlFor={inputId}
                  className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-slate-50"
                >
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={ticked.has(item)}
                    onChange={(event) => setTicked(item, event.currentTarget.checked)}
                    className={`mt-0.5 h-5 w-5 shrink-0 cursor-pointer accent-brand-800 ${focusRing}`}
                  />
                  <span className="text-slate-900">{item}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="mt-4 border-t border-slate-200 pt-4">
        <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-slate-200">
          <div
            className="h-full rounded-full bg-brand-800 motion-safe:transition-[width] motion-safe:duration-300"
            style={{ width: `${percent}%` }}
          />
        </div>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="font-semibold text-slate-900">
            {t("checklist.progress", { done, total })}
            {done === total ? ` — ${t("checklist.complete")}` : ""}
          </p>
          <button
            type="button"
            className={secondaryButton}
            aria-disabled={done === 0}
            onClick={() => {
              if (done > 0) writeTicks(key, []);
            }}
          >
            <RestartIcon />
            {t("checklist.reset")}
          </button>
        </div>
        <p className="mt-2 text-sm text-slate-700">{t("checklist.storageNote")}</p>
      </div>
    </div>
  );
}
