"use client";

import type { ReactNode } from "react";

const TONES = {
  primary: "bg-brand-800 hover:bg-brand-900",
  danger: "bg-red-800 hover:bg-red-900",
};

/**
 * Stays focusable while the form is sending (aria-disabled, not disabled): a disabled button would
 * drop focus to the page's start, and the next Tab would skip past the form (RGAA 12.8).
 */
export function SubmitButton({
  children,
  pending,
  tone = "primary",
}: {
  children: ReactNode;
  pending?: boolean;
  tone?: keyof typeof TONES;
}) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`rounded px-5 py-2.5 font-semibold text-white aria-disabled:cursor-wait aria-disabled:opacity-70 ${TONES[tone]}`}
    >
      {children}
    </button>
  );
}
