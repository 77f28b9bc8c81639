// Renders a certificate snapshot into a deterministic, self-contained A4 PDF (pure: no database, no Next.js, no clock, no randomness).
import { createHash } from "node:crypto";
import { PDFDocument, PDFHexString } from "pdf-lib";
import { drawBody } from "./body";
import { PAGE_H, PAGE_W } from "./design";
import { embedCertificateFonts, resetGlyphCaches } from "./fonts";
import { drawFooter } from "./footer";
import { drawFrame, drawHeader } from "./frame";
import type { CertificateSnapshot } from "./snapshot";
import { collapse } from "./text";
import { WORDING, formatIssueDate, type Wording } from "./wording";

export async function renderCertificatePdf(s: CertificateSnapshot): Promise<Uint8Array> {
  const w = WORDING[s.locale];
  const fullName = collapse(`${s.firstName} ${s.lastName}`);
  const code = collapse(s.verificationCode);
  const url = s.verificationUrl.trim();
  const issued = formatIssueDate(s.issuedAt, w.dateLocale);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedCertificateFonts(doc);
  // No await from here until save(): all text layout happens in one synchronous
  // stretch, so concurrent renders cannot touch the shared glyph caches meanwhile.
  resetGlyphCaches();

  setMetadata(doc, s, w, { fullName, code, url });
  const page = doc.addPage([PAGE_W, PAGE_H]);
  drawFrame(page);
  drawHeader(page, w, fonts);
  drawBody(page, fonts, w, {
    fullName,
    locale: s.locale,
    track: s.track,
    category: s.category,
    modules: s.modules,
    ...(s.namesVerifiedBy ? { namesVerifiedBy: s.namesVerifiedBy } : {}),
  });
  drawFooter(page, fonts, w, { issued, url, code });

  return doc.save({ useObjectStreams: true });
}

/** Metadata and file ID: everything fixed or derived from the snapshot, so equal snapshots give equal bytes. */
function setMetadata(
  doc: PDFDocument,
  s: CertificateSnapshot,
  w: Wording,
  { fullName, code, url }: { fullName: string; code: string; url: string },
): void {
  doc.setTitle(`${w.title} — ${fullName}`);
  doc.setAuthor("Vigie");
  doc.setSubject(w.course);
  doc.setKeywords([code]);
  doc.setCreator("Vigie");
  doc.setProducer("Vigie");
  doc.setCreationDate(s.issuedAt);
  doc.setModificationDate(s.issuedAt);
  doc.setLanguage(w.pdfLanguage);
  const id = createHash("sha256")
    .update(
      JSON.stringify([
        s.locale,
        s.track,
        fullName,
        code,
        url,
        s.issuedAt.toISOString(),
        ...(s.namesVerifiedBy ? [s.namesVerifiedBy] : []),
      ]),
    )
    .digest("hex")
    .slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
