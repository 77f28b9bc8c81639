import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonStyles } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <Heading level={1}>{t("notFoundTitle")}</Heading>
      <p className="mt-3 text-lg text-slate-700">{t("notFoundText")}</p>
      <Link href="/" className={buttonStyles("primary", "xl", "mt-6 inline-block")}>
        {t("backHome")}
      </Link>
    </main>
  );
}
