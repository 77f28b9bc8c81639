// A verified identity waiting for its registration to be completed, carried between the OIDC callback
// and the "complete your registration" step in a short-lived, encrypted, httpOnly cookie (nothing stored
// server-side for a person who may never finish). Pure: the secret and the time are arguments.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";
import { verifiedIdentitySchema, type VerifiedIdentity } from "./identity";

export const PENDING_IDENTITY_COOKIE = "vigie-oidc-pending";
export const PENDING_IDENTITY_TTL_MS = 15 * 60_000;

/**
 * The identity, and the raw ID token its provider issued: the session opened once the registration or
 * the link is done keeps it, as the id_token_hint of the logout at the provider.
 */
const pendingIdentitySchema = verifiedIdentitySchema.extend({ idToken: z.string().max(4096).optional() });
export type PendingIdentity = z.infer<typeof pendingIdentitySchema>;

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

// A key of its own, derived from AUTH_SECRET for this cookie only: nothing else sealed with the secret
// (Auth.js's session cookie, signed links) can be opened with it, nor this cookie with theirs.
const keyOf = (secret: string) =>
  Buffer.from(hkdfSync("sha256", secret, "", "vigie oidc pending identity cookie v1", KEY_BYTES));

const cookieSchema = z.object({ identity: pendingIdentitySchema, expires: z.number() });

/** Encrypted and authenticated (AES-256-GCM): the names, email and birth date cannot be read from it. */
export function sealPendingIdentity(identity: VerifiedIdentity | PendingIdentity, secret: string, now: Date): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  cipher.setAAD(Buffer.from(PENDING_IDENTITY_COOKIE));
  const plaintext = JSON.stringify({ identity, expires: now.getTime() + PENDING_IDENTITY_TTL_MS });
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

export function openPendingIdentity(value: string | undefined, secret: string, now: Date): PendingIdentity | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 3) return null;
  const [iv, ciphertext, tag] = parts.map((part) => Buffer.from(part, "base64url")) as [Buffer, Buffer, Buffer];
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(PENDING_IDENTITY_COOKIE));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
    const parsed = cookieSchema.safeParse(JSON.parse(plaintext));
    return parsed.success && parsed.data.expires > now.getTime() ? parsed.data.identity : null;
  } catch {
    return null; // altered, or sealed with another key
  }
}
