// What a manager sees of one member, as that member is shown it (the same projection, the same words).
import { getTranslations } from "next-intl/server";
import type { MemberReportRow } from "@/lib/organisations/rules";
import { formatIssueDate } from "@/lib/certificates/pdf/wording";

export function formatReportDate(date: Date, locale: string): string {
  return formatIssueDate(date, locale === "fr" ? "fr-FR" : "en-GB");
}

export async function SharedSummary({ row, locale }: { row: MemberReportRow; locale: string }) {
  const t = await getTranslations({ locale, namespace: "organisations" });
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t("sharedName")}</dt>
      <dd>{row.name}</dd>
      <dt className="font-semibold">{t("sharedTrack")}</dt>
      <dd>{t(`track_${row.track}`)}</dd>
      <dt className="font-semibold">{t("sharedUnits")}</dt>
      <dd>{row.validatedUnits.length ? row.validatedUnits.join(", ") : t("noUnits")}</dd>
      <dt className="font-semibold">{t("sharedCertificate")}</dt>
      <dd>
        {row.certificateIssuedAt
          ? t("certificateOn", { date: formatReportDate(row.certificateIssuedAt, locale) })
          : t("noCertificate")}
      </dd>
    </dl>
  );
}
