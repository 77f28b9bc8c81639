import { getFormatter, getTranslations } from "next-intl/server";

export interface CertificateCardData {
  firstName: string;
  lastName: string;
  track: "public" | "professional";
  issuedAt: Date;
  code: string;
  /** The attested modules, each with its announced duration and its units (all validated); `path`: only the category's. */
  modules?: { title: string; duration: string; units: string[]; path?: boolean }[];
  verificationUrl?: string;
  /** The track and the modules the certificate attests, as the PDF says them; else the track's usual name. */
  trackLabel?: string;
  /** "Catégorie professionnelle : …" and "Durée annoncée des modules : …", as the PDF says them. */
  categoryLabel?: string | null;
  durationLabel?: string;
  /** The provider that verified the names ("FranceConnect"); null or absent when the holder typed them. */
  namesVerifiedBy?: string | null;
}

/** The accessible HTML equivalent of the PDF certificate (the PDF itself is untagged). */
export async function CertificateCard({ data, locale }: { data: CertificateCardData; locale: string }) {
  const t = await getTranslations({ locale, namespace: "certificate" });
  const format = await getFormatter({ locale });
  return (
    <section aria-labelledby="cert-html" className="rounded-lg border-4 border-double border-brand-800 bg-white p-6">
      <h2 id="cert-html" className="text-2xl font-bold text-brand-900">
        {t("htmlTitle")}
      </h2>
      <dl className="mt-4 grid gap-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("awardedTo")}</dt>
        <dd>
          <span className="text-xl font-bold">
            {data.firstName} {data.lastName}
          </span>
          {data.namesVerifiedBy ? (
            <span className="block text-sm text-slate-800" data-names-verified>
              {t("verifiedBy", { provider: data.namesVerifiedBy })}
            </span>
          ) : null}
        </dd>
        <dt className="font-semibold">{t("track")}</dt>
        <dd>
          {data.trackLabel ?? t(`track_${data.track}`)}
          {data.categoryLabel ? <span className="block">{data.categoryLabel}</span> : null}
        </dd>
        {data.modules ? (
          <>
            <dt className="font-semibold">{t("modules")}</dt>
            <dd>
              <ul className="list-disc space-y-2 pl-5">
                {data.modules.map((m) => (
                  <li key={m.title}>
                    {m.title} ({m.duration})
                    {m.path ? <span className="block text-sm text-slate-800">{t("pathUnits")}</span> : null}
                    <ul className="mt-1 list-[circle] pl-5 text-slate-800">
                      {m.units.map((u) => (
                        <li key={u}>{u}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              {data.durationLabel ? <p className="mt-2 font-semibold">{data.durationLabel}</p> : null}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("issuedOn")}</dt>
        <dd>{format.dateTime(data.issuedAt, { dateStyle: "long", timeZone: "Europe/Paris" })}</dd>
        <dt className="font-semibold">{t("code")}</dt>
        <dd className="font-mono">{data.code}</dd>
      </dl>
      {/* What was verified, and what was not, is said wherever a certificate is shown, verification page included. */}
      <div className="mt-4 space-y-1 text-slate-800">
        <p>{t("statement")}</p>
        <p>{data.namesVerifiedBy ? t("identityVerified", { provider: data.namesVerifiedBy }) : t("identity")}</p>
        <p>{t("noValidity")}</p>
        <p>{t("notAccredited")}</p>
        {data.verificationUrl ? (
          <p>
            {t("verifyAt")}{" "}
            <a className="break-all text-brand-800 underline" href={data.verificationUrl}>
              {data.verificationUrl}
            </a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
