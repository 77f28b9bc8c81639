"use client";

import { useTranslations } from "next-intl";

// Shown when a page fails to render or a submission cannot reach the server.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <h1 className="text-3xl font-bold text-brand-900">{t("errorTitle")}</h1>
      <p className="mt-3 text-lg text-slate-700">{t("errorText")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-800 px-5 py-3 font-semibold text-white">
        {t("retry")}
      </button>
    </main>
  );
}
