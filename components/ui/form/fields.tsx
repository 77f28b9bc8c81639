"use client";

import { useTranslations } from "next-intl";
import { useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { fieldId, useFormContext } from "./form-context";

interface FieldBase {
  name: string;
  /** Defaults to the form's plain-text label for this field; pass one to add links or markup. */
  label?: ReactNode;
  hint?: ReactNode;
  /** Fields are required unless marked optional ("(facultatif)" after the label). */
  optional?: boolean;
  className?: string;
}

/** The wiring every field shares: its id, its label and hint, its errors and their ids. */
function useField({ name, label, hint, optional }: FieldBase) {
  const t = useTranslations("form");
  const form = useFormContext();
  const id = fieldId(form.formId, name);
  const errors = form.fieldErrors[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const text = label ?? form.labels[name];
  return {
    id,
    form,
    errors,
    hintId,
    errorId,
    labelText: optional ? (
      <>
        {text} <span className="font-normal text-muted">{t("optional")}</span>
      </>
    ) : (
      text
    ),
    control: {
      id,
      name,
      required: !optional,
      "aria-invalid": errors?.length ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  return id ? (
    <p id={id} className="text-sm text-muted">
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  const t = useTranslations("form");
  if (!id || !errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      <span className="sr-only">{t("errorPrefix")} </span>
      {errors.join(" ")}
    </p>
  );
}

type Field = ReturnType<typeof useField>;

/** Label, hint, the control, then its error: the frame every labelled field shares. */
function FieldFrame({
  f,
  hint,
  className,
  children,
}: {
  f: Field;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={f.id} className="block font-semibold text-brand-900">
        {f.labelText}
      </label>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      {children}
      <FieldError id={f.errorId} errors={f.errors} />
    </div>
  );
}

const CONTROL =
  "mt-1 block w-full rounded border border-control px-3 py-2 text-base aria-[invalid=true]:border-red-800";

type TextFieldProps = FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type"> & { type?: string };

export function TextField({ name, label, hint, optional, className, defaultValue, ...input }: TextFieldProps) {
  const f = useField({ name, label, hint, optional });
  return (
    <FieldFrame f={f} hint={hint} className={className}>
      <input {...input} {...f.control} defaultValue={f.form.values[name] ?? defaultValue} className={CONTROL} />
    </FieldFrame>
  );
}

/**
 * A password with a "show" toggle. Its value lives in React state, so it survives a failed submit
 * (the server never sends a password back) and the person is not surprised by an emptied field.
 */
export function PasswordField({
  name,
  label,
  hint,
  optional,
  className,
  autoComplete,
}: FieldBase & { autoComplete: "current-password" | "new-password" }) {
  const t = useTranslations("form");
  const f = useField({ name, label, hint, optional });
  const [value, setValue] = useState("");
  const [shown, setShown] = useState(false);
  return (
    <FieldFrame f={f} hint={hint} className={className}>
      <div className="mt-1 flex gap-2">
        <input
          {...f.control}
          type={shown ? "text" : "password"}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className={CONTROL.replace("mt-1 block w-full", "block min-w-0 flex-1")}
        />
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={f.id}
          onClick={() => setShown(!shown)}
          className="shrink-0 rounded border-2 border-brand-800 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("showPassword")}
        </button>
      </div>
    </FieldFrame>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  optional,
  className,
  defaultChecked,
}: FieldBase & { defaultChecked?: boolean }) {
  const f = useField({ name, label, hint, optional });
  const checked = f.form.submitted ? f.form.values[name] === "on" : defaultChecked;
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          {...f.control}
          type="checkbox"
          defaultChecked={checked}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-800"
        />
        <label htmlFor={f.id} className="text-slate-800">
          {f.labelText}
        </label>
      </div>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <FieldError id={f.errorId} errors={f.errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  optional,
  className,
  placeholder,
  options,
  defaultValue,
  ...select
}: FieldBase &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
    placeholder: string;
    options: readonly { value: string; label: string }[];
  }) {
  const f = useField({ name, label, hint, optional });
  const chosen = f.form.values[name] ?? (defaultValue as string | undefined) ?? "";
  return (
    <FieldFrame f={f} hint={hint} className={className}>
      {/* React applies a select's defaultValue at mount only: the key remounts it with what was sent,
          so the form reset that follows a refused submit puts that choice back. */}
      <select key={chosen} {...select} {...f.control} defaultValue={chosen} className={CONTROL}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextareaField({
  name,
  label,
  hint,
  optional,
  className,
  rows = 5,
  maxLength,
}: FieldBase & { rows?: number; maxLength?: number }) {
  const f = useField({ name, label, hint, optional });
  return (
    <FieldFrame f={f} hint={hint} className={className}>
      <textarea
        {...f.control}
        rows={rows}
        maxLength={maxLength}
        defaultValue={f.form.values[name]}
        className={CONTROL}
      />
    </FieldFrame>
  );
}

/**
 * Radio buttons in a fieldset; the first one carries the field's id, so the error summary can reach it.
 * Uncontrolled, so a failed submit's form reset puts back what was sent; onChange tells the parent.
 */
export function RadioGroup({
  name,
  label,
  hint,
  optional,
  className,
  options,
  defaultValue,
  onChange,
}: FieldBase & {
  options: readonly { value: string; label: string }[];
  defaultValue: string;
  onChange?: (value: string) => void;
}) {
  const f = useField({ name, label, hint, optional });
  const checked = f.form.values[name] ?? defaultValue;
  return (
    <fieldset className={className} aria-describedby={f.control["aria-describedby"]}>
      <legend className="font-semibold text-brand-900">{f.labelText}</legend>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <div className="mt-2 space-y-2">
        {options.map((o, index) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              id={index === 0 ? f.id : undefined}
              type="radio"
              name={name}
              value={o.value}
              required={!optional}
              defaultChecked={checked === o.value}
              onChange={() => onChange?.(o.value)}
              className="h-5 w-5 accent-brand-800"
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={f.errorId} errors={f.errors} />
    </fieldset>
  );
}
