import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUserForRights } from "@/lib/auth/session";
import { isRecentlyAuthenticated } from "@/lib/auth/sessions";
import { findOwnCertificates, toCertificateView } from "@/lib/certificates/queries";
import { localeOf } from "@/lib/i18n/locales";
import { findOwnDataRequests } from "@/lib/privacy/data-requests";
import { deadlineDate, responseDeadline } from "@/lib/privacy/request-deadline";
import { Link } from "@/lib/i18n/navigation";
import { DataRequestForm, DeleteAccountForm } from "@/components/account/privacy-forms";
import { pageTitle } from "@/lib/i18n/page-title";
import { EXPORT_START_PARAM, exportHref } from "@/lib/privacy/export-path";
import { StartDownload } from "@/components/account/start-download";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("privacy", "title");

export default async function PrivacyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user, authenticatedAt } = await requireUserForRights(locale, `/${locale}/account/privacy`);
  const t = await getTranslations({ locale, namespace: "privacy" });
  const format = await getFormatter({ locale });
  const [requests, issued] = await Promise.all([findOwnDataRequests(user.id), findOwnCertificates(user.id)]);
  // The deletion section says to download the certificates first: it links to each of them.
  const certificates = issued.map((c) => toCertificateView(c, localeOf(locale)));
  const tc = await getTranslations({ locale, namespace: "certificate" });
  const recent = isRecentlyAuthenticated(authenticatedAt);
  // Back from /reauth on the way to the download (lib/privacy/export-response.ts): it starts now.
  const starting = recent && (await searchParams)[EXPORT_START_PARAM] === "start";
  const download = exportHref(localeOf(locale));
  return (
    <div className="max-w-3xl space-y-6">
      <Heading level={1}>{t("title")}</Heading>
      <p>
        {t("lead")}{" "}
        <Link className="text-brand-800 underline" href="/policies/privacy">
          {t("policyLink")}
        </Link>
      </p>
      <Section id="export" title={t("exportTitle")}>
        <p className="mt-2">{t("exportText")}</p>
        {/* The button stays after the recent-sign-in window: the download route asks for the password on
            the way (/reauth, then back here with ?export=start, which starts it). */}
        {recent ? null : <p className="mt-2">{t("exportReauth")}</p>}
        {starting ? (
          <>
            <div className="mt-3">
              <Alert tone="success">{t("exportStarting")}</Alert>
            </div>
            <StartDownload href={download} />
          </>
        ) : null}
        <a href={download} className={buttonStyles("primary", "lg", "mt-3 inline-block")}>
          {t("exportLink")}
        </a>
        {/* The summary page asks for the password on the way when the sign-in is not recent. */}
        <p className="mt-3">
          <Link className="font-semibold text-brand-800 underline" href="/account/privacy/summary">
            {t("summaryLink")}
          </Link>
        </p>
      </Section>
      <Section id="dpo" title={t("dpoTitle")}>
        <p className="mb-3 mt-2">{t("dpoText")}</p>
        <DataRequestForm />
        <Heading level={3} className="mt-6">
          {t("myRequests")}
        </Heading>
        {requests.length === 0 ? (
          <p className="mt-2 text-muted">{t("noRequests")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {requests.map((r) => (
              <li key={r.id} className="py-2">
                <span className="font-semibold">{t(`kind_${r.kind}`)}</span> —{" "}
                {format.dateTime(r.createdAt, { dateStyle: "medium" })} —{" "}
                <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t(`status_${r.status}`)}</span>
                {r.fulfilledAt ? null : (
                  <p className="mt-1 text-sm">
                    {t("requestDeadline", {
                      date: format.dateTime(deadlineDate(responseDeadline(r.createdAt)), { dateStyle: "long" }),
                    })}
                  </p>
                )}
                {r.response ? (
                  <p className="mt-1 whitespace-pre-wrap break-words">
                    {t(r.status === "refused" ? "requestRefusal" : "requestAnswer", { note: r.response })}
                  </p>
                ) : null}
                {r.status === "refused" ? <p className="mt-1 text-sm">{t("requestRefusalHelp")}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="delete" title={t("deleteTitle")} frame="danger">
        <p className="mb-3 mt-2">{t("deleteText")}</p>
        {certificates.length > 0 ? (
          <div className="mb-4">
            <p>{t("deleteCertificates")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {certificates.map((c) => (
                <li key={c.code}>
                  <a className="font-semibold text-brand-800 underline" href={c.pdfPath}>
                    {tc("downloadOne", { track: tc(`trackShort_${c.track}`) })}
                  </a>{" "}
                  (
                  <Link className="text-brand-800 underline" href={`/certificates/${c.code}`}>
                    {tc("openOne", { track: tc(`trackShort_${c.track}`) })}
                  </Link>
                  )
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <DeleteAccountForm />
      </Section>
    </div>
  );
}
