import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { canPrintName, printedName } from "@/lib/certificates/issue";
import { findOwnCertificates, toCertificateView } from "@/lib/certificates/queries";
import { getCourse, localize } from "@/lib/content/load";
import { getEligibility } from "@/lib/progress/queries";
import { localeOf } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import { CertificateDetail } from "@/components/certificate/certificate-detail";
import { CertificateList } from "@/components/certificate/certificate-list";
import { IssueCertificateForm } from "@/components/certificate/issue-form";
import { AllCertificatesLink } from "@/components/certificate/all-certificates-link";
import { Alert } from "@/components/ui/alert";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { UnitLink } from "@/components/course/unit-link";

export const generateMetadata = pageTitle("certificate", "title");

export default async function CertificatePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ issued?: string }>;
}) {
  const { locale } = await params;
  const { issued } = await searchParams;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/certificate`);
  const t = await getTranslations({ locale, namespace: "certificate" });
  const all = (await findOwnCertificates(user.id)).map((c) => toCertificateView(c, localeOf(locale)));
  const certificate = all.find((c) => c.track === user.track);
  // Certificates of another track stay listed here too: switching track never hides one.
  const others = all.filter((c) => c !== certificate);
  const otherList =
    others.length > 0 ? (
      <Section id="my-certificates" title={t("listTitle")} frame="plain" className="print:hidden">
        <CertificateList certificates={others} currentTrack={user.track} locale={locale} level={3} />
      </Section>
    ) : null;
  if (certificate) {
    return (
      <div className="max-w-3xl space-y-6">
        <Heading level={1}>{t("title")}</Heading>
        {issued ? <Alert tone="success">{t("issuedNotice")}</Alert> : null}
        <CertificateDetail view={certificate} locale={locale} />
        {otherList}
        <AllCertificatesLink locale={locale} />
      </div>
    );
  }
  const eligibility = await getEligibility(user.id, user.track, user.professionalCategory);
  if (!eligibility.eligible) {
    const course = getCourse();
    return (
      <div className="max-w-3xl">
        <Heading level={1}>{t("title")}</Heading>
        <p className="mt-3 text-lg">{t("notEligible")}</p>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {eligibility.missing.map((m) => {
            const mod = course.modules.find((x) => x.slug === m.moduleSlug);
            return (
              <li key={m.moduleSlug}>
                <span className="font-semibold">{mod ? localize(mod.title, locale) : m.moduleSlug}</span>
                <ul className="list-[circle] pl-5">
                  {m.unitIds.map((id) => {
                    const u = mod?.units.find((x) => x.id === id);
                    return u ? (
                      <li key={id}>
                        <UnitLink className="text-brand-800 underline" href={`/learn/${m.moduleSlug}/${u.slug}`}>
                          {localize(u.title, locale)}
                        </UnitLink>
                      </li>
                    ) : null;
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
        {otherList ? <div className="mt-8">{otherList}</div> : null}
      </div>
    );
  }
  const name = printedName(user);
  const printable = canPrintName(user);
  const verifiedBy = user.namesVerifiedBy ? OIDC_PROVIDER_NAMES[user.namesVerifiedBy] : null;
  return (
    <div className="max-w-3xl space-y-6">
      <Heading level={1}>{t("title")}</Heading>
      <p className="text-lg">{t("eligibleLead")}</p>
      <Section id="review" title={t("reviewTitle")}>
        <p className="mt-2">{t("reviewText")}</p>
        <dl className="mt-3 grid gap-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">{t("firstName")}</dt>
          <dd className="text-xl">{user.firstName}</dd>
          <dt className="font-semibold">{t("lastName")}</dt>
          <dd className="text-xl">{user.lastName}</dd>
        </dl>
        {verifiedBy ? (
          <>
            <p className="mt-3 font-semibold text-brand-900" data-names-verified>
              <span aria-hidden="true">✓ </span>
              {t("verifiedBy", { provider: verifiedBy })}
            </p>
            <p className="mt-1">{t("reviewVerified", { provider: verifiedBy })}</p>
          </>
        ) : null}
        {printable ? null : (
          <div className="mt-3">
            <Alert>{t("nameNotPrintable")}</Alert>
          </div>
        )}
        <p className="mt-3">
          <Link className="text-brand-800 underline" href="/account#profile">
            {verifiedBy ? t("reviewVerifiedLink") : t("correctFirst")}
          </Link>
        </p>
      </Section>
      <Alert tone="info">{t("irreversible")}</Alert>
      {/* A sign-in older than 10 minutes is confirmed inside the form, with what was typed kept. */}
      {printable ? <IssueCertificateForm printedName={name} /> : null}
      {otherList}
    </div>
  );
}
