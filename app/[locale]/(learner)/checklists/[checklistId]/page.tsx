import "./print.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { saveChecklistAction } from "@/lib/checklists/actions";
import { findChecklist } from "@/lib/checklists/catalogue";
import { findTicks } from "@/lib/checklists/ticks";
import { now } from "@/lib/clock";
import { findUnitById, localize } from "@/lib/content/load";
import { localeOf } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { OldTicksImport } from "@/components/checklists/old-ticks-import";
import { buttonStyles } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { PrintButton } from "@/components/ui/print-button";

type Params = Promise<{ locale: string; checklistId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, checklistId } = await params;
  const checklist = findChecklist(checklistId);
  return checklist ? { title: localize(checklist.title, locale) } : {};
}

/** One checklist of a lesson, with the learner's saved ticks: a plain form (no script needed), printable on one page. */
export default async function ChecklistPage({ params }: { params: Params }) {
  const { locale, checklistId } = await params;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/checklists/${checklistId}`);
  const checklist = findChecklist(checklistId);
  if (!checklist) notFound();
  const lang = localeOf(locale);
  const saved = await findTicks(user.id, checklist.id);
  const ticked = new Set(saved?.ticked ?? []);
  const found = findUnitById(checklist.unitId);
  const t = await getTranslations({ locale, namespace: "checklists" });
  const format = await getFormatter({ locale });
  const items = checklist.items[lang];
  const done = items.filter((_, i) => ticked.has(i)).length;
  return (
    <article className="checklist-sheet max-w-3xl">
      <p className="text-sm print:hidden">
        <Link className="text-brand-800 underline" href={`/learn/${checklist.moduleSlug}/${checklist.unitSlug}`}>
          ← {t("backToLesson")}
        </Link>
      </p>
      <Heading level={1} className="mt-2">
        {localize(checklist.title, locale)}
      </Heading>
      {found ? (
        <p className="mt-1 text-slate-700">
          {t("fromUnit", { module: found.module.order, unit: localize(found.unit.title, locale) })}
        </p>
      ) : null}
      <p className="mt-1 hidden text-sm text-slate-700 print:block">
        {t("owner", {
          name: `${user.firstName} ${user.lastName}`,
          date: format.dateTime(now(), { dateStyle: "long", timeZone: "Europe/Paris" }),
        })}
      </p>
      <OldTicksImport
        checklistId={checklist.id}
        itemLists={[checklist.items.fr, checklist.items.en]}
        saved={saved?.ticked ?? []}
      />
      <form action={saveChecklistAction} className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="checklistId" value={checklist.id} />
        <fieldset>
          <legend className="sr-only">{localize(checklist.title, locale)}</legend>
          <ul className="space-y-1">
            {items.map((item, index) => (
              <li key={index}>
                <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-slate-50 print:min-h-0 print:py-1">
                  <input
                    type="checkbox"
                    name="item"
                    value={index}
                    defaultChecked={ticked.has(index)}
                    className="mt-0.5 h-5 w-5 shrink-0 cursor-pointer accent-brand-800"
                  />
                  <span className="text-slate-900">{item}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p className="mt-3 font-semibold text-slate-900">{t("progress", { done, total: items.length })}</p>
        <p className="mt-1 text-sm text-slate-700 print:hidden">
          {saved
            ? t("updatedAt", {
                date: format.dateTime(saved.updatedAt, {
                  dateStyle: "long",
                  timeStyle: "short",
                  timeZone: "Europe/Paris",
                }),
              })
            : t("neverSaved")}
        </p>
        <div className="mt-4 flex flex-wrap gap-3 print:hidden">
          <button type="submit" className={buttonStyles("primary", "lg")}>
            {t("save")}
          </button>
          <PrintButton label={t("print")} />
          <a
            className={buttonStyles("secondary", "lg")}
            href={`/api/checklists/${checklist.id}/pdf?locale=${lang}`}
            download
          >
            {t("pdf")}
          </a>
        </div>
      </form>
    </article>
  );
}
