import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The way back to "Mes attestations" under one certificate; not printed with it. */
export async function AllCertificatesLink({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "certificate" });
  return (
    <p className="print:hidden">
      <Link className="font-semibold text-brand-800 underline" href="/certificates">
        {t("allCertificates")}
      </Link>
    </p>
  );
}
