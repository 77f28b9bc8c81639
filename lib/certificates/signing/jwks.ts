// The published key set: every public key that verifies a certificate, as a JWKS anyone can fetch and cache.
import "server-only";
import { getPublishedKeys } from "./keys";

export const CERTIFICATE_KEYS_PATH = "/.well-known/vigie-certificate-keys.json";

export function getCertificateKeysResponse(): Response {
  return new Response(`${JSON.stringify({ keys: getPublishedKeys() }, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/jwk-set+json; charset=utf-8",
      // Public and rarely changed; an hour keeps verifiers off the server without delaying a rotation much.
      "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
      // Verifiers may run in any browser page.
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
