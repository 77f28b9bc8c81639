import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isPolicyPage, POLICY_PAGES } from "@/lib/content/pages";
import { routing } from "@/lib/i18n/routing";
import { TextArticle } from "../../_components/text-page";

type Params = Promise<{ locale: string; policy: string }>;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => POLICY_PAGES.map((policy) => ({ locale, policy })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, policy } = await params;
  return isPolicyPage(policy)
    ? { title: (await getTranslations({ locale, namespace: "pages" }))(`policy_${policy}`) }
    : {};
}

export default async function PolicyPage({ params }: { params: Params }) {
  const { locale, policy } = await params;
  setRequestLocale(locale);
  if (!isPolicyPage(policy)) notFound();
  const t = await getTranslations({ locale, namespace: "pages" });
  return <TextArticle page={policy} title={t(`policy_${policy}`)} locale={locale} />;
}
