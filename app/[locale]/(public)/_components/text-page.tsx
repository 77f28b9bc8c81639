import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTextPageCode, type PolicyPage, type TextPage } from "@/lib/content/pages";
import { MdxContent, type PageComponents } from "@/components/course/mdx-content";
import { ContactEmail, DpoEmail } from "@/components/layout/contact-address";

type LocaleParams = { params: Promise<{ locale: string }> };

/** Page and metadata of a public text page written in content/pages (FAQ, legal notice, accessibility). */
export function textPage(page: TextPage, components?: PageComponents) {
  return {
    async generateMetadata({ params }: LocaleParams): Promise<Metadata> {
      return { title: (await getTranslations({ locale: (await params).locale, namespace: "pages" }))(page) };
    },
    async Page({ params }: LocaleParams) {
      const { locale } = await params;
      setRequestLocale(locale);
      return (
        <TextArticle
          page={page}
          title={(await getTranslations({ locale, namespace: "pages" }))(page)}
          locale={locale}
          components={components}
        />
      );
    },
  };
}

export async function TextArticle({
  page,
  title,
  locale,
  components,
}: {
  page: TextPage | PolicyPage;
  title: string;
  locale: string;
  components?: PageComponents;
}) {
  const code = await getTextPageCode(page, locale);
  if (!code) notFound();
  return (
    <article className="prose prose-slate max-w-3xl prose-headings:text-brand-900 prose-a:text-brand-800">
      <h1>{title}</h1>
      <MdxContent code={code} components={{ ContactEmail, DpoEmail, ...components }} />
    </article>
  );
}
