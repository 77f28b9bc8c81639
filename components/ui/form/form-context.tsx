"use client";

import { createContext, useContext } from "react";

export interface FormContextValue {
  formId: string;
  /** The plain-text name of each field, in the form's order: the error summary lists them so. */
  labels: Record<string, string>;
  /** Translated, per field. */
  fieldErrors: Record<string, string[]>;
  /** What the person typed at the last submit (never secrets), or the form's initial values. */
  values: Record<string, string>;
  /** True once a submit failed: checkboxes then show what was sent rather than their default. */
  submitted: boolean;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error("Form fields must sit inside <ActionForm>");
  return context;
}

export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`;
}
