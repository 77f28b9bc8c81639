"use client";

// A branching scenario. Starts at the first node; each choice is a button; focus moves to
// the new node's text after every step; the path taken so far stays visible; end nodes show
// their outcome with an icon and a text (never colour alone) and a "start again" button.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { CheckIcon, CrossIcon, FlagIcon, RestartIcon } from "./icons";
import { card, focusRing, secondaryButton } from "./styles";

export type ScenarioChoice = { label: string; next: string };

export type ScenarioNode = {
  id: string;
  text: string;
  choices?: ScenarioChoice[];
  outcome?: "good" | "bad";
};

export type ScenarioProps = { nodes: ScenarioNode[] };

type HistoryEntry = { nodeId: string; choice: string };

export function Scenario({ nodes }: ScenarioProps) {
  const t = useTranslations("mdx");
  const uid = useId();
  const list = Array.isArray(nodes) ? nodes : [];
  const firstId = list[0]?.id ?? "";
  const [currentId, setCurrentId] = useState(firstId);
  const [history, setHistory] = useState<readonly HistoryEntry[]>([]);
  const nodeTextRef = useRef<HTMLParagraphElement>(null);
  const focusPending = useRef(false);

  // Move focus to the new node only after a learner action, never on first render.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    nodeTextRef.current?.focus();
  }, [currentId, history]);

  if (list.length === 0) return null;

  const byId = new Map(list.map((node) => [node.id, node]));
  const current = byId.get(currentId);
  const choices = current?.choices ?? [];
  const isEnd = !current || choices.length === 0;

  function choose(choice: ScenarioChoice) {
    if (!current) return;
    focusPending.current = true;
    setHistory([...history, { nodeId: current.id, choice: choice.label }]);
    setCurrentId(choice.next);
  }

  function restart() {
    focusPending.current = true;
    setHistory([]);
    setCurrentId(firstId);
  }

  const outcome = current?.outcome;
  const endStyle = !current
    ? "border-red-800 bg-red-50"
    : outcome === "good"
      ? "border-green-800 bg-green-50"
      : outcome === "bad"
        ? "border-red-800 bg-red-50"
        : "border-slate-300 bg-slate-50";

  return (
    <div className={card}>
      {history.length > 0 ? (
        <div className="mb-4 border-b border-slate-200 pb-4">
          <p id={`${uid}-path`} className="text-sm font-semibold text-slate-700">
            {t("scenario.path")}
          </p>
          <ol aria-labelledby={`${uid}-path`} className="mt-2 space-y-3 border-l-2 border-slate-300 pl-4 text-sm">
            {history.map((entry, index) => (
              <li key={index}>
                <p className="text-slate-700">{byId.get(entry.nodeId)?.text ?? ""}</p>
                <p className="mt-1 font-semibold text-slate-900">
                  {t("scenario.choiceMade", { choice: entry.choice })}
                </p>
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {isEnd ? (
        <div className={`rounded-lg border-2 p-4 ${endStyle}`}>
          <p ref={nodeTextRef} tabIndex={-1} className={`rounded-sm text-slate-900 ${focusRing}`}>
            {!current ? (
              <span className="flex items-center gap-2 font-semibold text-red-800">
                <CrossIcon />
                {t("scenario.missingNode")}
              </span>
            ) : (
              <>
                <span
                  className={`flex items-center gap-2 font-semibold ${
                    outcome === "good" ? "text-green-800" : outcome === "bad" ? "text-red-800" : "text-slate-900"
                  }`}
                >
                  {outcome === "good" ? <CheckIcon /> : outcome === "bad" ? <CrossIcon /> : <FlagIcon />}
                  {outcome === "good"
                    ? t("scenario.outcomeGood")
                    : outcome === "bad"
                      ? t("scenario.outcomeBad")
                      : t("scenario.end")}
                </span>
                <span className="mt-2 block text-lg">{current.text}</span>
              </>
            )}
          </p>
          <button type="button" className={`${secondaryButton} mt-4`} onClick={restart}>
            <RestartIcon />
            {t("scenario.restart")}
          </button>
        </div>
      ) : (
        <div>
          <p ref={nodeTextRef} tabIndex={-1} className={`rounded-sm text-lg text-slate-900 ${focusRing}`}>
            {current.text}
          </p>
          <div role="group" aria-labelledby={`${uid}-question`} className="mt-4">
            <p id={`${uid}-question`} className="text-sm font-semibold text-slate-700">
              {t("scenario.question")}
            </p>
            <ul className="mt-2 grid gap-2">
              {choices.map((choice, index) => (
                <li key={`${currentId}-${index}`}>
                  <button
                    type="button"
                    onClick={() => choose(choice)}
                    className={`flex min-h-11 w-full items-center justify-start rounded-lg border-2 border-control bg-white px-4 py-2 text-left font-semibold text-slate-900 hover:border-brand-800 hover:bg-brand-50 motion-safe:transition-colors ${focusRing}`}
                  >
                    {choice.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
