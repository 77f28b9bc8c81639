import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { findOwnOrganisations } from "@/lib/organisations/organisations";
import { canCreateOrganisation } from "@/lib/organisations/rules";
import { CreateOrganisationForm } from "@/components/organisations/organisation-forms";
import { Alert } from "@/components/ui/alert";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("organisations", "listTitle");

const NOTICES = ["left", "declined", "deleted"] as const;

export default async function OrganisationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/organisations`);
  const t = await getTranslations({ locale, namespace: "organisations" });
  const mine = await findOwnOrganisations(user.id);
  const notice = NOTICES.find((n) => query[n] === "1");
  return (
    <div className="max-w-3xl space-y-6">
      <Heading level={1}>{t("listTitle")}</Heading>
      <p className="text-lg">{t("listLead")}</p>
      {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
      {mine.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {mine.map(({ organisation, role }) => (
            <li key={organisation.id} className="rounded border border-slate-200 p-3">
              <Link href={`/organisations/${organisation.id}`} className="font-semibold text-brand-800 underline">
                {organisation.name}
              </Link>{" "}
              <span className="text-muted">
                — {t(`kind_${organisation.kind}`)}, {t(role === "manager" ? "roleManager" : "roleMember")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Section id="create" title={t("createTitle")} headingClassName="mb-3">
        {canCreateOrganisation(user) ? (
          <>
            <p className="mb-4">{t("createLead")}</p>
            <CreateOrganisationForm />
          </>
        ) : (
          <p>{t("createProfessionalOnly")}</p>
        )}
      </Section>
    </div>
  );
}
