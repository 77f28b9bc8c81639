// A PDF's extracted text, for assertions: NFC, every run of (incl. no-break) whitespace collapsed to one space.
import { PDFParse } from "pdf-parse";

export async function extractPdfText(pdf: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const { text } = await parser.getText();
    return text.normalize("NFC").replace(/[\s\u00A0\u202F]+/g, " ");
  } finally {
    await parser.destroy();
  }
}
