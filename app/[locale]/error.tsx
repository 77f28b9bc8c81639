"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";

// Shown when a page fails to render or a submission cannot reach the server.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <Heading level={1}>{t("errorTitle")}</Heading>
      <p className="mt-3 text-lg text-slate-700">{t("errorText")}</p>
      <Button onClick={reset} className="mt-6">
        {t("retry")}
      </Button>
    </main>
  );
}
