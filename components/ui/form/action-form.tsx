"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { initialResult, REAUTH_FIELD, type ActionResult } from "@/lib/action-result";
import { ErrorSummary, type SummaryItem } from "./error-summary";
import { FormContext, type FormContextValue } from "./form-context";
import { watchNextPage } from "./next-page-focus";
import { PasswordField } from "./fields";
import { SubmitButton } from "./submit-button";

interface ActionFormProps<T> {
  action: (prev: ActionResult<T>, form: FormData) => Promise<ActionResult<T>>;
  /** Unique on the page: field ids and the summary's links derive from it. */
  id: string;
  /** The plain-text name of every field, in the order they appear. */
  labels: Record<string, string>;
  submit: ReactNode;
  /** Announced in the form's live region after a successful submit. */
  success?: ReactNode | ((data: T) => ReactNode);
  /** A one-time step (enrolment): once it succeeds only the success message stays, not the fields. */
  doneOnSuccess?: boolean;
  hidden?: Record<string, string | undefined>;
  initialValues?: Record<string, string>;
  /** "Sauf mention contraire, tous les champs sont obligatoires." (off for one-button forms). */
  requiredNotice?: boolean;
  tone?: "primary" | "danger";
  /** Sits between the fields and the submit button's row. */
  actions?: ReactNode;
  className?: string;
  /** Where the form posts before JavaScript runs; defaults to this page (see formPermalink). */
  permalink?: string;
  children?: ReactNode;
}

/**
 * The one shape of every form that posts to a server action: all errors at once in a summary that
 * takes focus, every field keeping what was typed, a live region for success, and a submit button
 * that stays focusable while sending.
 */
export function ActionForm<T>({
  action,
  id,
  labels,
  submit,
  success,
  doneOnSuccess = false,
  hidden,
  initialValues,
  requiredNotice = true,
  tone = "primary",
  actions,
  className = "space-y-5",
  permalink,
  children,
}: ActionFormProps<T>) {
  const t = useTranslations("form");
  const locale = useLocale();
  const pathname = usePathname();
  const [state, formAction, pending] = useActionState(
    action,
    initialResult as ActionResult<T>,
    permalink ?? formPermalink(pathname, hidden?.next),
  );
  const summary = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const stopWatching = useRef<(() => void) | null>(null);
  const ta = useTranslations("auth");
  const reauth = !state.ok && state.reauth === true;
  const allLabels = reauth ? { ...labels, [REAUTH_FIELD]: ta("currentPassword") } : labels;
  const fieldErrors = useTranslatedErrors(state);
  const items = useSummaryItems(state, fieldErrors, allLabels);

  // After a submit the focus goes where the next step starts: the error summary, the success message
  // shown in place, or (a redirect) the next page's h1 (next-page-focus.ts).
  const succeeded = state.ok && Boolean(success);
  useEffect(() => {
    if (state === initialResult) return;
    stopWatching.current?.();
    if (items.length > 0) summary.current?.focus();
    else if (succeeded) status.current?.focus();
  }, [state, items.length, succeeded]);

  const failed = !state.ok && state !== initialResult;
  const context: FormContextValue = {
    formId: id,
    labels: allLabels,
    fieldErrors,
    values: (!state.ok && state.values) || initialValues || {},
    submitted: failed && Boolean(state.values),
  };
  return (
    <FormContext.Provider value={context}>
      <form
        id={id}
        action={formAction}
        onSubmit={(event) => {
          stopWatching.current?.();
          stopWatching.current = watchNextPage(event.currentTarget);
        }}
        noValidate
        className={className}
      >
        <input type="hidden" name="locale" value={locale} />
        {Object.entries(hidden ?? {}).map(([name, value]) =>
          value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
        )}
        {items.length > 0 ? <ErrorSummary ref={summary} formId={id} items={items} /> : null}
        <div
          ref={status}
          role="status"
          tabIndex={-1}
          className={
            state.ok && success
              ? "rounded border border-green-300 bg-green-50 p-3 focus:outline-3 focus:outline-offset-2 focus:outline-brand-800"
              : ""
          }
        >
          {state.ok && success ? (typeof success === "function" ? success(state.data) : success) : null}
        </div>
        {succeeded && doneOnSuccess ? null : (
          <>
            {requiredNotice ? <p className="text-sm text-muted">{t("requiredNotice")}</p> : null}
            {children}
            {reauth ? (
              <PasswordField name={REAUTH_FIELD} autoComplete="current-password" hint={t("reauthHint")} />
            ) : null}
            <div className="flex flex-wrap items-center gap-4">
              <SubmitButton pending={pending} tone={tone}>
                {submit}
              </SubmitButton>
              {actions}
            </div>
          </>
        )}
      </form>
    </FormContext.Provider>
  );
}

/**
 * The URL a form posts to before hydration (React's permalink): this page, with the `next` it carries on
 * when it has one, so a refused submit without JavaScript comes back to the same page. Without it React
 * writes `action=""`, which the HTML standard forbids (RGAA 8.2); Next answers the POST at any page.
 */
export function formPermalink(pathname: string, next?: string): string {
  return next ? `${pathname}?${new URLSearchParams({ next }).toString()}` : pathname;
}

function useTranslatedErrors(state: ActionResult<unknown>): Record<string, string[]> {
  const tv = useTranslations("validation");
  if (state.ok) return {};
  return Object.fromEntries(
    Object.entries(state.fieldErrors ?? {}).map(([name, keys]) => [
      name,
      keys.map((key) => tv(key, state.errorParams?.[key])),
    ]),
  );
}

function useSummaryItems(
  state: ActionResult<unknown>,
  errors: Record<string, string[]>,
  labels: Record<string, string>,
): SummaryItem[] {
  const tf = useTranslations("formErrors");
  if (state.ok) return [];
  const items: SummaryItem[] = [];
  if (state.formError) {
    const minutes = Math.ceil((state.retryAfterSeconds ?? 60) / 60);
    items.push({ message: tf(state.formError, { minutes }) });
  }
  const named = Object.keys(labels).filter((name) => errors[name]?.length);
  const others = Object.keys(errors).filter((name) => !(name in labels));
  for (const name of named) {
    items.push({ name, label: labels[name], message: errors[name]!.join(" ") });
  }
  for (const name of others) items.push({ message: errors[name]!.join(" ") });
  return items;
}
