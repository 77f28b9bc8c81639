"use client";

import type { ReactNode } from "react";
import { buttonStyles } from "../button";

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
  tone?: "primary" | "danger";
}) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={buttonStyles(tone, "lg", "aria-disabled:cursor-wait aria-disabled:opacity-70")}
    >
      {children}
    </button>
  );
}
