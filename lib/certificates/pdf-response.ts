// The certificate PDF download: owner only (404 otherwise), deterministic bytes with an ETag.
import "server-only";
import { createHash } from "node:crypto";
import { getCurrentSession } from "@/lib/auth/session";
import { getOwnCertificate, toSnapshot } from "./queries";
import { renderCertificatePdf } from "./pdf/render";

const LIGATURES: Record<string, string> = {
  œ: "oe",
  Œ: "Oe",
  æ: "ae",
  Æ: "Ae",
  ß: "ss",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
};

/** `attestation-vigie-zoe-oelschlager.pdf`: ASCII only, so every browser and file system keeps it. */
export function certificateFileName(first: string, last: string, extension: "pdf" | "jwt" = "pdf"): string {
  const clean = `${first}-${last}`
    .replace(/[œŒæÆßłŁøØđĐ]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `attestation-vigie-${clean || "certificat"}.${extension}`;
}

export async function getCertificatePdfResponse(request: Request, code: string): Promise<Response> {
  const current = await getCurrentSession();
  const cert = current ? await getOwnCertificate(current.user.id, code) : null;
  if (!cert)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const pdf = await renderCertificatePdf(toSnapshot(cert));
  // Rendering is deterministic, so the same certificate always gives the same bytes and ETag.
  const etag = `"${createHash("sha256").update(pdf).digest("base64url").slice(0, 32)}"`;
  // A person's name and certificate: kept by no cache, not even the browser's (shared computers).
  const headers = { ETag: etag, "Cache-Control": "no-store" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(pdf), {
    headers: {
      ...headers,
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": `attachment; filename="${certificateFileName(cert.firstName, cert.lastName)}"`,
    },
  });
}
