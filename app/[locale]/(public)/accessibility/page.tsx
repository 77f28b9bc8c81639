import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTextPageCode } from "@/lib/content/pages";
import { MdxContent } from "@/components/course/mdx-content";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await getTranslations({ locale: (await params).locale, namespace: "pages" }))("accessibility") };
}

export default async function AccessibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const code = await getTextPageCode("accessibility", locale);
  if (!code) notFound();
  const t = await getTranslations({ locale, namespace: "pages" });
  return (
    <article className="prose prose-slate max-w-3xl prose-headings:text-brand-900 prose-a:text-brand-800">
      <h1>{t("accessibility")}</h1>
      <MdxContent code={code} />
    </article>
  );
}
