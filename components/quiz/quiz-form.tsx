"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { initialResult } from "@/lib/action-result";
import type { PublicQuestion } from "@/lib/quiz/public-quiz";
import { submitQuizAction } from "@/lib/quiz/actions";
import { checkedChoices } from "@/lib/quiz/answer-values";
import { Alert } from "@/components/ui/alert";
import { WithFrenchTerms } from "@/components/course/french-terms";
import { QuestionHeader } from "./question-header";
import { quizDraftKey as draftKey } from "./quiz-draft";

interface QuizFormProps {
  unitId: string;
  token: string;
  locale: string;
  questions: PublicQuestion[];
}

/** Keeps unsent answers in the browser so a reload or a dropped connection loses nothing. */
function saveDraft(form: HTMLFormElement, unitId: string) {
  const data: Record<string, string[]> = {};
  for (const el of Array.from(
    form.querySelectorAll<HTMLInputElement>("input[type=radio]:checked, input[type=checkbox]:checked"),
  )) {
    (data[el.name] ??= []).push(el.value);
  }
  try {
    localStorage.setItem(draftKey(unitId), JSON.stringify(data));
  } catch {
    /* storage unavailable: the form still works */
  }
}

export function QuizForm({ unitId, token, locale, questions }: QuizFormProps) {
  const t = useTranslations("quiz");
  const tv = useTranslations("validation");
  const tf = useTranslations("formErrors");
  const formRef = useRef<HTMLFormElement>(null);
  const [offline, setOffline] = useState(false);
  // The server action itself is the form's action, so the quiz also works with JavaScript disabled: the
  // permalink is where it posts before hydration (React would otherwise write an invalid action="").
  const [state, formAction, pending] = useActionState(submitQuizAction, initialResult, usePathname());
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  const errors = !state.ok ? state.fieldErrors : undefined;
  // A refused submission comes back with its answers, ticked again even without JavaScript.
  const values = !state.ok ? state.values : undefined;
  const formError =
    !state.ok && state.formError
      ? tf(state.formError, { minutes: Math.max(1, Math.ceil((state.retryAfterSeconds ?? 60) / 60)) })
      : null;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    try {
      const draft = JSON.parse(localStorage.getItem(draftKey(unitId)) ?? "{}") as Record<string, string[]>;
      for (const [name, values] of Object.entries(draft)) {
        for (const value of values) {
          const input = form.querySelector<HTMLInputElement>(
            `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`,
          );
          if (input) input.checked = true;
        }
      }
    } catch {
      /* a corrupt draft is ignored */
    }
  }, [unitId, state]);

  return (
    <form
      ref={formRef}
      key={JSON.stringify(values ?? {})}
      action={formAction}
      onChange={(e) => saveDraft(e.currentTarget, unitId)}
      onSubmit={(e) => {
        saveDraft(e.currentTarget, unitId);
        if (!navigator.onLine) {
          e.preventDefault();
          setOffline(true);
        }
      }}
      className="space-y-6"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {offline ? <Alert>{t("offline")}</Alert> : null}
      {formError ? <Alert>{formError}</Alert> : null}
      {errors ? <Alert>{t("fixErrors")}</Alert> : null}
      <ol className="space-y-6">
        {questions.map((q, i) => {
          const field = `q_${q.id}`;
          const error = errors?.[field];
          return (
            <li key={q.id}>
              <fieldset
                className="rounded-lg border border-slate-300 p-4"
                aria-describedby={error ? `${field}-error` : undefined}
              >
                <QuestionHeader as="legend" n={i + 1} prompt={q.prompt} className="px-1" />
                <p className="text-sm text-muted">{q.kind === "multiple" ? t("multipleHint") : t("singleHint")}</p>
                <div className="mt-2 space-y-2">
                  {q.choices.map((c) => (
                    <label key={c.id} className="flex items-start gap-2 rounded p-1 hover:bg-slate-50">
                      <input
                        type={q.kind === "multiple" ? "checkbox" : "radio"}
                        name={field}
                        value={c.id}
                        defaultChecked={checkedChoices(values, field).includes(c.id)}
                        className="mt-1 h-5 w-5 shrink-0 accent-brand-800"
                      />
                      <span>
                        <WithFrenchTerms text={c.text} locale={locale} />
                      </span>
                    </label>
                  ))}
                </div>
                {error ? (
                  <p id={`${field}-error`} className="mt-2 text-sm font-semibold text-red-800">
                    {error.map((e) => tv(e)).join(" ")}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
