// The Open Badges 3.0 download: owner only (404 otherwise), the credential signed as a VC-JWT.
import "server-only";
import { getCurrentSession } from "@/lib/auth/session";
import { env } from "@/lib/env.mjs";
import enApp from "@/lib/i18n/messages/en/app.json";
import frApp from "@/lib/i18n/messages/fr/app.json";
import { buildOpenBadgeCredential } from "./open-badge";
import { certificateFileName } from "./pdf-response";
import { WORDING, trackLine } from "./pdf/wording";
import { getOwnCertificate, toSnapshot } from "./queries";
import { signCompact } from "./signing/jws";
import { CERTIFICATE_KEYS_PATH } from "./signing/jwks";
import { getCurrentPublicJwk, getSigningKey } from "./signing/keys";
import { certificateClaims, signedVerificationUrl, type SignableCertificate } from "./signing/signed-link";

/** The key id as OB 3.0 wants it: a URI that leads to the public key (the published key set, by its kid). */
export function openBadgeKeyId(kid: string): string {
  return `${env.APP_URL}${CERTIFICATE_KEYS_PATH}#${kid}`;
}

export function signOpenBadge(c: SignableCertificate): string {
  const claims = certificateClaims(c);
  const w = WORDING[c.locale];
  // As the PDF attests them: the durations at issue, the units of a module attested in part.
  const { modules } = toSnapshot(c);
  // Read from the messages directly: a route handler has no request locale, the certificate has its own.
  const categories = (c.locale === "en" ? enApp : frApp).auth;
  const payload = buildOpenBadgeCredential({
    claims,
    certificateUuid: c.id,
    locale: c.locale,
    appUrl: env.APP_URL,
    title: w.title,
    course: w.course,
    trackLabel: trackLine(c.locale, { track: c.track, modules }),
    categoryLabel: claims.category ? categories[`category_${claims.category}`] : null,
    modules,
    verificationUrl: signedVerificationUrl(c),
  });
  const { privateKey, kid } = getSigningKey();
  return signCompact(
    JSON.stringify(payload),
    { privateKey, kid: openBadgeKeyId(kid) },
    { typ: "JWT", jwk: getCurrentPublicJwk() },
  );
}

export async function getOpenBadgeResponse(code: string): Promise<Response> {
  const current = await getCurrentSession();
  const cert = current ? await getOwnCertificate(current.user.id, code) : null;
  if (!cert)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const jwt = signOpenBadge(cert);
  return new Response(jwt, {
    headers: {
      "Content-Type": "application/vc+jwt",
      // A person's name: kept by no cache (shared computers), as the PDF.
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="${certificateFileName(cert.firstName, cert.lastName, "jwt")}"`,
    },
  });
}
