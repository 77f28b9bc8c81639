import { getLocale, getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button";

/** A plain GET form: works without JavaScript and gives a shareable URL. */
export async function VerifyForm({ defaultValue, invalid }: { defaultValue?: string; invalid?: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "verify" });
  const tv = await getTranslations({ locale, namespace: "validation" });
  return (
    <form method="get" action={`/${locale}/verify`} className="mt-6 space-y-3">
      <label htmlFor="code" className="block font-semibold text-brand-900">
        {t("codeLabel")}
      </label>
      <input
        id="code"
        name="code"
        defaultValue={defaultValue}
        required
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "code-error" : "code-hint"}
        className="block w-full max-w-md rounded border border-slate-500 px-3 py-2 font-mono uppercase"
      />
      {invalid ? (
        <p id="code-error" className="text-sm font-semibold text-red-800">
          {tv("codeFormat")}
        </p>
      ) : (
        <p id="code-hint" className="text-sm text-muted">
          {t("codeHint")}
        </p>
      )}
      <button type="submit" className={buttonStyles("primary", "lg")}>
        {t("submit")}
      </button>
    </form>
  );
}
