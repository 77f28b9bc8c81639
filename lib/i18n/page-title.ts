// `export const generateMetadata = pageTitle("auth", "signInTitle")`: a page's <title> from its heading's message.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export function pageTitle(namespace: string, key: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace });
    return { title: t(key as never) };
  };
}
