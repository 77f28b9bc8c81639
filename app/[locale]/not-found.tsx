import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <h1 className="text-3xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-lg text-slate-700">{t("notFoundText")}</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-800 px-5 py-3 font-semibold text-white">
        {t("backHome")}
      </Link>
    </main>
  );
}
