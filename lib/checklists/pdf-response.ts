// The PDF of one checklist with the learner's own ticks: signed-in learners only, each sees only theirs.
import "server-only";
import { getCurrentSession } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { findUnitById, localize } from "@/lib/content/load";
import { renderSheetPdf } from "@/lib/documents/sheet-pdf";
import { isLocale, localeOf } from "@/lib/i18n/locales";
import { findChecklist } from "./catalogue";
import { checklistSheet } from "./sheet";
import { findTicks } from "./ticks";

const NO_STORE = { "Cache-Control": "no-store" };

/** `locale`: the language asked for by the link (else the learner's). */
export async function getChecklistPdfResponse(checklistId: string, locale: string | null): Promise<Response> {
  const current = await getCurrentSession();
  if (!current) return Response.json({ error: "sign-in required" }, { status: 401, headers: NO_STORE });
  const checklist = findChecklist(checklistId);
  const found = checklist ? findUnitById(checklist.unitId) : null;
  if (!checklist || !found) return Response.json({ error: "not found" }, { status: 404, headers: NO_STORE });
  const lang = isLocale(locale) ? locale : localeOf(current.user.locale);
  const saved = await findTicks(current.user.id, checklist.id);
  const pdf = await renderSheetPdf(
    checklistSheet({
      checklist,
      lang,
      ticked: saved?.ticked ?? [],
      savedAt: saved?.updatedAt ?? null,
      owner: `${current.user.firstName} ${current.user.lastName}`,
      unit: { moduleOrder: found.module.order, title: localize(found.unit.title, lang) },
      today: now(),
    }),
  );
  return new Response(Buffer.from(pdf), {
    headers: {
      // A person's name and ticks: kept by no cache (shared computers), as the certificate.
      ...NO_STORE,
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": `attachment; filename="vigie-${checklist.id}-${lang}.pdf"`,
    },
  });
}
