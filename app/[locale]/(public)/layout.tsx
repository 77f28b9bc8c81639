import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";

export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return <PageShell locale={locale}>{children}</PageShell>;
}
