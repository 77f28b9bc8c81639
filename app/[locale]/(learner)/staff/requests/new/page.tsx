import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { DATA_REQUEST_KINDS } from "@/lib/privacy/request-vocabulary";
import { PageTitle } from "@/components/layout/page-title";
import { RecordRequestForm } from "@/components/staff/data-request-forms";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staffConsole.dpo" }))("recordTitle") };
}

/** A request the DPO received by email or post, recorded against the account it concerns. */
export default async function RecordRequestPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, `/${locale}/staff/requests/new`);
  const td = await getTranslations({ locale, namespace: "staffConsole.dpo" });
  const tp = await getTranslations({ locale, namespace: "privacy" });
  return (
    <div className="max-w-3xl space-y-6">
      <StaffNav locale={locale} labels={await staffNavLabels(locale)} />
      <p>
        <Link className="text-brand-800 underline" href={`/${locale}/staff#requests`}>
          {td("backToQueue")}
        </Link>
      </p>
      <PageTitle title={td("recordTitle")} lead={td("recordLead")} />
      <RecordRequestForm
        kinds={[...DATA_REQUEST_KINDS].map((k) => ({ value: k, label: tp(`kind_${k}`) }))}
        text={{
          email: td("email"),
          kind: td("recordKind"),
          choose: tp("kindChoose"),
          message: td("recordMessage"),
          submit: td("recordSubmit"),
        }}
      />
    </div>
  );
}
