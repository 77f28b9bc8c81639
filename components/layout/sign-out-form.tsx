"use client";

import { usePathname } from "next/navigation";
import { useActionState } from "react";
import { initialResult } from "@/lib/action-result";
import { signOutAction } from "@/lib/auth/actions";
import { clearBrowserQuizDrafts } from "@/components/quiz/quiz-draft";
import { forgetPersonal } from "@/components/personal/use-personal";

/**
 * The app's sign-out button: unsent quiz drafts are cleared in this browser as the form is sent, and the
 * personal part of the pages (GET /api/me) is asked again on the next page. Through useActionState for its
 * permalink only: before hydration the form posts to this page (Next runs the action there) instead of
 * React's invalid action="" (RGAA 8.2).
 */
export function SignOutForm({
  locale,
  label,
  className = "rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline",
}: {
  locale: string;
  label: string;
  className?: string;
}) {
  const [, formAction] = useActionState(signOutAction, initialResult, usePathname());
  return (
    <form
      action={formAction}
      onSubmit={() => {
        clearBrowserQuizDrafts();
        forgetPersonal();
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}
