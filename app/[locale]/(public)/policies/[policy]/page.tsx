import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTextPageCode, isPolicyPage, POLICY_PAGES } from "@/lib/content/pages";
import { routing } from "@/lib/i18n/routing";
import { MdxContent } from "@/components/course/mdx-content";

type Params = Promise<{ locale: string; policy: string }>;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => POLICY_PAGES.map((policy) => ({ locale, policy })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, policy } = await params;
  return isPolicyPage(policy) ? { title: (await getTranslations({ locale, namespace: "pages" }))(`policy_${policy}`) } : {};
}

export default async function PolicyPage({ params }: { params: Params }) {
  const { locale, policy } = await params;
  setRequestLocale(locale);
  if (!isPolicyPage(policy)) notFound();
  const code = await getTextPageCode(policy, locale);
  if (!code) notFound();
  const t = await getTranslations({ locale, namespace: "pages" });
  return (
    <article className="prose prose-slate max-w-3xl prose-headings:text-brand-900 prose-a:text-brand-800">
      <h1>{t(`policy_${policy}`)}</h1>
      <MdxContent code={code} />
    </article>
  );
}
