// The one filter form of the site: a plain GET form, so filters work without JavaScript and live in the
// URL (a filtered page can be bookmarked or shared). Its fields are labelled controls, nothing more.
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button";

const CONTROL = "mt-1 block w-full rounded border border-control px-3 py-2 text-base";
const LABEL = "block font-semibold text-brand-900";

export function FilterForm({
  label,
  submitLabel,
  children,
  hint,
  className = "flex flex-wrap items-end gap-4",
}: {
  label: string;
  submitLabel: string;
  children: ReactNode;
  /** A sentence under the fields (already pointed at by the fields' aria-describedby). */
  hint?: ReactNode;
  className?: string;
}) {
  return (
    <form method="get" className={className} aria-label={label}>
      {children}
      <button type="submit" className={buttonStyles("secondary", "md")}>
        {submitLabel}
      </button>
      {hint}
    </form>
  );
}

interface FilterFieldBase {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  describedBy?: string;
}

export function FilterSelect({ options, ...field }: FilterFieldBase & { options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={field.id} className={LABEL}>
        {field.label}
      </label>
      <select
        id={field.id}
        name={field.name}
        defaultValue={field.defaultValue}
        aria-describedby={field.describedBy}
        className={CONTROL}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({
  type = "text",
  maxLength,
  ...field
}: FilterFieldBase & { type?: "text" | "date"; maxLength?: number }) {
  return (
    <div>
      <label htmlFor={field.id} className={LABEL}>
        {field.label}
      </label>
      <input
        id={field.id}
        name={field.name}
        type={type}
        defaultValue={field.defaultValue}
        maxLength={maxLength}
        aria-describedby={field.describedBy}
        className={CONTROL}
      />
    </div>
  );
}
