"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button";

const BUTTON = buttonStyles("secondary", "xl", "hidden items-center [.js_&]:inline-flex");

/**
 * Print and copy-the-verification-link buttons. They need JavaScript, so they only show when it runs
 * (the `js` class the root layout sets before painting): nothing moves when the page hydrates.
 */
export function CertificateActions({ verificationUrl }: { verificationUrl: string }) {
  const t = useTranslations("certificate");
  const [status, setStatus] = useState<"" | "copied" | "copyFailed">("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(verificationUrl);
      setStatus("copied");
    } catch {
      setStatus("copyFailed");
    }
  }
  return (
    <>
      <button type="button" className={BUTTON} onClick={() => window.print()}>
        {t("print")}
      </button>
      <button type="button" className={BUTTON} onClick={() => void copy()}>
        {t("copyLink")}
      </button>
      <p role="status" className="basis-full empty:hidden">
        {status ? t(status) : ""}
      </p>
    </>
  );
}
