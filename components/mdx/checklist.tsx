"use client";

// A lesson's checklist, saved in the learner's account (lib/checklists): the saved ticks come with the
// page's personal answer (GET /api/me, the lesson page itself is prerendered for everyone) and each change
// is saved at once through the checklist's form action. Without JavaScript, the link below the list opens
// the same list as a server-rendered form, which is also the one-page printable version and offers the PDF.
import { useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useOldTicksImport } from "@/components/checklists/old-ticks-import";
import { usePersonal } from "@/components/personal/use-personal";
import { saveChecklistAction } from "@/lib/checklists/actions";
import { RestartIcon } from "./icons";
import { card, focusRing, secondaryButton } from "./styles";

export type ChecklistProps = { id: string; title: string; items: string[] };

type SaveState = "idle" | "saving" | "saved" | "failed";

export function Checklist({ id, title, items }: ChecklistProps) {
  const t = useTranslations("mdx");
  const locale = useLocale();
  const uid = useId();
  const personal = usePersonal();
  // What the learner changed on this page view; until then, what their account holds.
  const [local, setLocal] = useState<number[] | null>(null);
  const [save, setSave] = useState<SaveState>("idle");
  const [, startTransition] = useTransition();
  const saved = personal.state === "signedIn" ? (personal.me.checklists[id] ?? []) : [];
  const ticked = new Set(local ?? saved);

  const list = Array.isArray(items) ? items : [];
  // Ticks this browser kept before they were saved to the account: imported once, then shown.
  useOldTicksImport(id, [list], personal.state === "signedIn" ? saved : null, setLocal);
  const total = list.length;
  if (total === 0) return null;

  const done = list.filter((_, index) => ticked.has(index)).length;
  const percent = Math.round((done / total) * 100);

  function store(next: number[]) {
    setLocal(next);
    setSave("saving");
    const data = new FormData();
    data.set("locale", locale);
    data.set("checklistId", id);
    for (const index of next) data.append("item", String(index));
    startTransition(async () => {
      const result = await saveChecklistAction(null, data).catch(() => ({ ok: false }));
      setSave(result.ok ? "saved" : "failed");
    });
  }

  function setTicked(index: number, value: boolean) {
    store(list.map((_, i) => i).filter((i) => (i === index ? value : ticked.has(i))));
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
                    checked={ticked.has(index)}
                    onChange={(event) => setTicked(index, event.currentTarget.checked)}
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
              if (done > 0) store([]);
            }}
          >
            <RestartIcon />
            {t("checklist.reset")}
          </button>
        </div>
        <p role="status" className={`mt-2 text-sm ${save === "failed" ? "text-red-800" : "text-slate-700"}`}>
          {save === "saving"
            ? t("checklist.saving")
            : save === "saved"
              ? t("checklist.saved")
              : save === "failed"
                ? t("checklist.notSaved")
                : t("checklist.storageNote")}
        </p>
        <p className="mt-2 text-sm">
          <a className="font-semibold text-brand-800 underline" href={`/${locale}/checklists/${id}`}>
            {t("checklist.printable")}
          </a>
        </p>
      </div>
    </div>
  );
}
