// An acronym at its first use in a unit: <abbr> with its expansion, linked to its entry in the glossary
// (/<locale>/glossary#<id>). `lang` marks an expansion in another language than the page's (a French
// expansion in an English lesson). Server-compatible.
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export type AbbrProps = { id: string; title: string; lang?: string; children: ReactNode };

export function Abbr({ id, title, lang, children }: AbbrProps) {
  return (
    <Link href={`/glossary#${id}`}>
      <abbr title={title} lang={lang} className="no-underline">
        {children}
      </abbr>
    </Link>
  );
}
