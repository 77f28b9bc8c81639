// Compact JWS with EdDSA (Ed25519), strict: one accepted spelling per signed value, no other algorithm.
import { createPublicKey, sign, verify, type JsonWebKey, type KeyObject } from "node:crypto";

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Decodes base64url only when it is the canonical encoding of its bytes (no padding, no stray low bits). */
export function decodeCanonicalBase64url(text: string): Buffer | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}

export function encodeBase64url(data: string | Uint8Array): string {
  return Buffer.from(data).toString("base64url");
}

export interface JwsHeader {
  alg: "EdDSA";
  kid: string;
  typ?: string;
}

/**
 * Signs `payload` (already serialised) under an EdDSA header naming the key, plus `extra` header fields
 * (`typ`, a public `jwk`). Ed25519 is deterministic: the same input always gives the same token.
 */
export function signCompact(
  payload: string,
  key: { privateKey: KeyObject; kid: string },
  extra: { typ?: string; jwk?: JsonWebKey } = {},
): string {
  const header: JwsHeader & { jwk?: JsonWebKey } = { alg: "EdDSA", kid: key.kid, ...extra };
  const input = `${encodeBase64url(JSON.stringify(header))}.${encodeBase64url(payload)}`;
  return `${input}.${encodeBase64url(sign(null, Buffer.from(input), key.privateKey))}`;
}

function parseJsonObject(bytes: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Public keys by key id; an Ed25519 JWK only (anything else never verifies). */
export type KeyResolver = (kid: string) => KeyObject | null;

export function publicKeyFromJwk(jwk: JsonWebKey): KeyObject | null {
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") return null;
  try {
    return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: jwk.x }, format: "jwk" });
  } catch {
    return null;
  }
}

/**
 * The payload object of a compact JWS whose EdDSA signature verifies under the key its header names,
 * else null, whatever was wrong (shape, encoding, algorithm, unknown key, signature): a refusal says
 * nothing that would help forge one.
 */
export function verifyCompact(token: string, resolveKey: KeyResolver, typ?: string): Record<string, unknown> | null {
  if (token.length > 4096) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [h = "", p = "", s = ""] = parts;
  const headerBytes = decodeCanonicalBase64url(h);
  const payloadBytes = decodeCanonicalBase64url(p);
  const signature = decodeCanonicalBase64url(s);
  if (!headerBytes || !payloadBytes || !signature || signature.length !== 64) return null;
  const header = parseJsonObject(headerBytes);
  if (!header || header.alg !== "EdDSA" || typeof header.kid !== "string" || "crit" in header) return null;
  if ((header.typ ?? undefined) !== typ) return null;
  const key = resolveKey(header.kid);
  if (!key || key.asymmetricKeyType !== "ed25519") return null;
  let valid = false;
  try {
    valid = verify(null, Buffer.from(`${h}.${p}`), key, signature);
  } catch {
    return null;
  }
  return valid ? parseJsonObject(payloadBytes) : null;
}
