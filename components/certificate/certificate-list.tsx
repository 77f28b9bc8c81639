import { getFormatter, getTranslations } from "next-intl/server";
import type { CertificateView } from "@/lib/certificates/queries";
import { Link } from "@/lib/i18n/navigation";

/**
 * "Mes attestations": every certificate ever issued to the learner, whatever their current track, each with
 * its own page, its PDF and its public verification link. Headings start at `level`.
 */
export async function CertificateList({
  certificates,
  currentTrack,
  locale,
  level = 2,
}: {
  certificates: CertificateView[];
  currentTrack: CertificateView["track"];
  locale: string;
  level?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "certificate" });
  const format = await getFormatter({ locale });
  const Heading = level === 2 ? "h2" : "h3";
  if (certificates.length === 0) return <p className="mt-2">{t("listEmpty")}</p>;
  return (
    <ul className="mt-3 space-y-4">
      {certificates.map((c) => {
        const track = t(`trackShort_${c.track}`);
        return (
          <li key={c.code} className="rounded-lg border border-slate-200 p-4">
            <Heading className="text-lg font-bold text-brand-900">
              {c.trackLabel}
              {c.track === currentTrack ? (
                <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-normal text-brand-900">
                  {t("currentTrack")}
                </span>
              ) : null}
            </Heading>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">{t("issuedOn")}</dt>
              <dd>{format.dateTime(c.issuedAt, { dateStyle: "long", timeZone: "Europe/Paris" })}</dd>
              <dt className="font-semibold">{t("code")}</dt>
              <dd className="font-mono break-all">{c.code}</dd>
              <dt className="font-semibold">{t("verifyLink")}</dt>
              <dd>
                <a className="break-all text-brand-800 underline" href={c.verificationUrl}>
                  {c.verificationUrl}
                </a>
              </dd>
            </dl>
            <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
              <Link className="font-semibold text-brand-800 underline" href={`/certificates/${c.code}`}>
                {t("openOne", { track })}
              </Link>
              <a className="font-semibold text-brand-800 underline" href={c.pdfPath}>
                {t("downloadOne", { track })}
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
