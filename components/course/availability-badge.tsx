import { getFormatter, getTranslations } from "next-intl/server";
import type { Availability } from "@/lib/content/availability";

const styles = {
  open: "bg-green-50 text-green-800 border-green-200",
  upcoming: "bg-amber-50 text-amber-900 border-amber-200",
  closed: "bg-slate-100 text-slate-800 border-slate-300",
} as const;

export async function AvailabilityBadge({ availability, locale }: { availability: Availability; locale: string }) {
  const t = await getTranslations({ locale, namespace: "catalogue" });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Europe/Paris" });
  const label =
    availability.status === "open"
      ? t("open", { date: date(availability.closesAt) })
      : availability.status === "upcoming"
        ? t("upcoming", { date: date(availability.opensAt) })
        : t("closed", { date: date(availability.closesAt) });
  return (
    <p className={`mt-3 inline-block self-start rounded border px-2 py-0.5 text-sm ${styles[availability.status]}`}>
      {label}
    </p>
  );
}
