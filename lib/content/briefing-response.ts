// The steward's briefing card as a PDF, in French or English: public, the same bytes for the same content.
import "server-only";
import { renderSheetPdf } from "@/lib/documents/sheet-pdf";
import { isLocale } from "@/lib/i18n/locales";
import { getBriefing } from "./briefing";
import { briefingSheet } from "./briefing-sheet";

let rendered: Map<string, Uint8Array> | null = null;

export async function getBriefingPdfResponse(locale: string | null): Promise<Response> {
  const lang = isLocale(locale) ? locale : "fr";
  rendered ??= new Map();
  let pdf = rendered.get(lang);
  if (!pdf) {
    pdf = await renderSheetPdf(briefingSheet(getBriefing(), lang));
    rendered.set(lang, pdf);
  }
  return new Response(Buffer.from(pdf), {
    headers: {
      "Cache-Control": "public, max-age=3600",
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": `attachment; filename="vigie-${getBriefing().id}-${lang}.pdf"`,
    },
  });
}
