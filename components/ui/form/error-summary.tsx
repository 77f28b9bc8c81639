"use client";

import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { fieldId } from "./form-context";

export interface SummaryItem {
  /** The field to go to, or none for an error about the whole form. */
  name?: string;
  label?: string;
  message: string;
}

/**
 * The RGAA / DSFR error summary: every error of the submit at once, each linking to its field. The
 * form moves focus here after a failed submit, so it is read first. A named group: aria-labelledby is not
 * allowed on a plain div (Nu HTML Checker), and an alert would be read twice with the focus.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { formId: string; items: SummaryItem[] }>(function ErrorSummary(
  { formId, items },
  ref,
) {
  const t = useTranslations("form");
  const titleId = `${formId}-error-summary-title`;
  return (
    <div
      ref={ref}
      role="group"
      tabIndex={-1}
      aria-labelledby={titleId}
      className="rounded border-2 border-red-800 bg-red-50 p-4 text-red-900 focus:outline-3 focus:outline-offset-2 focus:outline-brand-800"
    >
      <p id={titleId} className="font-bold">
        {t("summaryTitle", { count: items.length })}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item, index) => (
          <li key={`${item.name ?? "form"}-${index}`}>
            {item.name ? (
              <a
                href={`#${fieldId(formId, item.name)}`}
                className="underline"
                onClick={(event) => {
                  const field = document.getElementById(fieldId(formId, item.name!));
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  field.scrollIntoView({ block: "center" });
                }}
              >
                {item.label ? t("summaryItem", { label: item.label, message: item.message }) : item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
