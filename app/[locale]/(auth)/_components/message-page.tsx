import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { PageTitle } from "@/components/layout/page-title";

/**
 * A page that only tells the person what happened ("check your email", "link sent", "account
 * deleted"): its title and one paragraph, from one message namespace.
 */
export function messagePage(namespace: string, titleKey: string, textKey: string, extra?: ReactNode) {
  return async function MessagePage({ params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params;
    setRequestLocale(locale);
    const t = await getTranslations({ locale, namespace });
    return (
      <>
        {extra}
        <PageTitle title={t(titleKey as never)} lead={t(textKey as never)} />
      </>
    );
  };
}
