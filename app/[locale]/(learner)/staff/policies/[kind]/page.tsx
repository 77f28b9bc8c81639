import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getTextPageCode, isPolicyPage } from "@/lib/content/pages";
import { getPolicyDraft } from "@/lib/policies/publish";
import { LOCALES } from "@/lib/i18n/locales";
import { MdxContent } from "@/components/course/mdx-content";
import { ContactEmail, DpoEmail } from "@/components/layout/contact-address";
import { Section } from "@/components/ui/section";
import { PageTitle } from "@/components/layout/page-title";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";
import { PublishPolicyForm } from "@/components/staff/publish-policy-form";

type Params = Promise<{ locale: string; kind: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staffConsole" }))("preview") };
}

/** The text in content/ as it will be published, in both languages, and the publish form. */
export default async function PolicyPreviewPage({ params }: { params: Params }) {
  const { locale, kind } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, `/${locale}/staff/policies`);
  if (!isPolicyPage(kind)) notFound();
  const t = await getTranslations({ locale, namespace: "staffConsole" });
  const draft = await getPolicyDraft(kind);
  const back = (
    <p>
      <Link className="text-brand-800 underline" href={`/${locale}/staff/policies`}>
        {t("back")}
      </Link>
    </p>
  );
  if (!draft.publishable || !draft.version) {
    return (
      <div className="space-y-6">
        <StaffNav locale={locale} current="/policies" labels={await staffNavLabels(locale)} />
        <PageTitle title={t(`kind_${kind}`)} lead={draft.version ? t("upToDate") : t("contentVersionMissing")} />
        {back}
      </div>
    );
  }
  const texts = await Promise.all(LOCALES.map(async (l) => ({ locale: l, code: await getTextPageCode(kind, l) })));
  return (
    <div className="space-y-6">
      <StaffNav locale={locale} current="/policies" labels={await staffNavLabels(locale)} />
      <PageTitle
        title={t("previewTitle", { kind: t(`kind_${kind}`), version: draft.version })}
        lead={t("previewLead")}
      />
      {texts.map(({ locale: l, code }) =>
        code ? (
          <Section key={l} id={`preview-${l}`} title={t(l === "fr" ? "previewFr" : "previewEn")}>
            <div
              lang={l}
              className="prose prose-slate mt-4 max-h-[32rem] max-w-3xl overflow-y-auto prose-headings:text-brand-900 prose-a:text-brand-800"
              tabIndex={0}
              role="region"
              aria-label={t(l === "fr" ? "previewFr" : "previewEn")}
            >
              <MdxContent code={code} components={{ ContactEmail, DpoEmail }} />
            </div>
          </Section>
        ) : null,
      )}
      <PublishPolicyForm
        kind={kind}
        fingerprint={draft.fingerprint}
        text={{ confirm: t("confirm"), publish: t("publish", { version: draft.version }) }}
      />
      {back}
    </div>
  );
}
