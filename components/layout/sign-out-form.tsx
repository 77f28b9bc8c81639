"use client";

import { signOutAction } from "@/lib/auth/actions";
import { clearBrowserQuizDrafts } from "@/components/quiz/quiz-draft";

/** The app's sign-out button: unsent quiz drafts are cleared in this browser as the form is sent. */
export function SignOutForm({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={signOutAction} onSubmit={clearBrowserQuizDrafts}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline">
        {label}
      </button>
    </form>
  );
}
