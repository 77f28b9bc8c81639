// A provider's discovery document (OpenID Connect Discovery §4), fetched with a timeout and cached for an
// hour per issuer: its keys' address for the ID token's signature, its userinfo endpoint (a signed answer
// is checked), its end-session endpoint for logout.
import "server-only";
import { z } from "zod";
import { now as clockNow } from "@/lib/clock";
import { oidcFetch } from "./provider-fetch";

const DISCOVERY_TTL_MS = 60 * 60_000;

const discoverySchema = z.object({
  issuer: z.string(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
  end_session_endpoint: z.url().optional(),
});

export type OidcDiscovery = z.infer<typeof discoverySchema>;

const globalForDiscovery = globalThis as unknown as {
  vigieOidcDiscovery?: Map<string, { document: OidcDiscovery; fetchedAt: number }>;
};
const cache = (globalForDiscovery.vigieOidcDiscovery ??= new Map());

/** The issuer's discovery document; throws when unreachable, slow or naming another issuer (never cached). */
export async function discover(issuer: string, timeoutMs: number, now = clockNow().getTime()): Promise<OidcDiscovery> {
  const known = cache.get(issuer);
  if (known && now - known.fetchedAt < DISCOVERY_TTL_MS) return known.document;
  const response = await oidcFetch(`${issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const document = discoverySchema.parse(await response.json());
  if (document.issuer !== issuer) throw new Error("discovery document names another issuer");
  cache.set(issuer, { document, fetchedAt: now });
  return document;
}
