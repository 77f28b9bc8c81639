// Which messages reach the browser: only what client components translate, per page group. The public
// pages (home, catalogue, modules, FAQ…) carry the header's and the personal slots' few namespaces; the
// groups with forms, quizzes and lessons (auth, learner, study) wrap theirs in a provider with the rest.
// A nested provider replaces its parent's messages, so the full list repeats the public one.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

const PUBLIC_NAMESPACES = ["shell", "errors", "personal"];

const NAMESPACES = {
  public: PUBLIC_NAMESPACES,
  all: [
    ...PUBLIC_NAMESPACES,
    "mdx",
    "validation",
    "formErrors",
    "form",
    "session",
    "auth",
    "quiz",
    "account",
    "privacy",
    "certificate",
    "unitProgress",
    "organisations",
  ],
};

function pick(messages: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in messages).map((k) => [k, messages[k]]));
}

/**
 * Keeps every page's payload small: the FAQ no longer carries the form, quiz and certificate messages
 * (≈ 20 KB of the HTML), which delayed its first paint until after the scripts had run.
 */
export async function ClientMessages({
  locale,
  scope,
  children,
}: {
  locale: string;
  scope: keyof typeof NAMESPACES;
  children: ReactNode;
}) {
  const messages = (await getMessages({ locale })) as Record<string, unknown>;
  return <NextIntlClientProvider messages={pick(messages, NAMESPACES[scope])}>{children}</NextIntlClientProvider>;
}
