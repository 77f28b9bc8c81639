import { useTranslations } from "next-intl";

/** The lesson's sections (its h2 and their ids), as a table of contents above the lesson. */
export function LessonToc({ sections }: { sections: { id: string; title: string }[] }) {
  const t = useTranslations("learn");
  if (sections.length < 2) return null;
  return (
    <nav aria-labelledby="lesson-toc" className="mt-8 max-w-3xl rounded-lg border border-slate-300 p-4">
      <h2 id="lesson-toc" className="text-lg font-bold text-brand-900">
        {t("toc")}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sections.map((s) => (
          <li key={s.id}>
            <a className="text-brand-800 underline" href={`#${s.id}`}>
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
