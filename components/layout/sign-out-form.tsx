"use client";

import { signOutAction } from "@/lib/auth/actions";
import { clearBrowserQuizDrafts } from "@/components/quiz/quiz-draft";
import { forgetPersonal } from "@/components/personal/use-personal";

/**
 * The app's sign-out button: unsent quiz drafts are cleared in this browser as the form is sent, and the
 * personal part of the pages (GET /api/me) is asked again on the next page.
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
  return (
    <form
      action={signOutAction}
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
