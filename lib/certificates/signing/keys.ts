// The platform's certificate keys from the environment: the signing key, and every public key that verifies.
import "server-only";
import type { JsonWebKey, KeyObject } from "node:crypto";
import { env } from "@/lib/env.mjs";
import { publicKeyFromJwk, type KeyResolver } from "./jws";

export interface PublishedKey extends JsonWebKey {
  kty: "OKP";
  crv: "Ed25519";
  x: string;
  kid: string;
  alg: "EdDSA";
  use: "sig";
}

export function getSigningKey(): { privateKey: KeyObject; kid: string } {
  const { privateKey, kid } = env.certificateKeys;
  return { privateKey, kid };
}

/** The current public key, as a bare JWK (for a JOSE header's `jwk`). */
export function getCurrentPublicJwk(): { kty: "OKP"; crv: "Ed25519"; x: string; kid: string } {
  const { publicKey, kid } = env.certificateKeys;
  return { kty: "OKP", crv: "Ed25519", x: publicKey.export({ format: "jwk" }).x ?? "", kid };
}

/** The current key first, then the retired ones: certificates signed with any of them still verify. */
export function getPublishedKeys(): PublishedKey[] {
  const { publicKey, kid, retired } = env.certificateKeys;
  const current = publicKey.export({ format: "jwk" });
  return [{ kid, x: current.x ?? "" }, ...retired].map((k) => ({
    kty: "OKP",
    crv: "Ed25519",
    x: k.x,
    kid: k.kid,
    alg: "EdDSA",
    use: "sig",
  }));
}

let resolverCache: { keys: PublishedKey[]; byKid: Map<string, KeyObject> } | null = null;

export const resolvePublishedKey: KeyResolver = (kid) => {
  const keys = getPublishedKeys();
  if (resolverCache?.keys.length !== keys.length || resolverCache.keys.some((k, i) => k.x !== keys[i]?.x)) {
    const byKid = new Map<string, KeyObject>();
    for (const k of keys) {
      const key = publicKeyFromJwk(k);
      if (key) byKid.set(k.kid, key);
    }
    resolverCache = { keys, byKid };
  }
  return resolverCache.byKid.get(kid) ?? null;
};
