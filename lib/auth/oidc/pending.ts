// A verified identity waiting for its registration to be completed, carried between the OIDC callback
// and the "complete your registration" step in a short-lived, signed, httpOnly cookie (nothing stored
// server-side for a person who may never finish). Pure: the secret and the time are arguments.
import { createHmac, timingSafeEqual } from "node:crypto";
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

const mac = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(`oidc-pending:${payload}`).digest("base64url");

export function sealPendingIdentity(identity: VerifiedIdentity | PendingIdentity, secret: string, now: Date): string {
  const payload = `${Buffer.from(JSON.stringify(identity)).toString("base64url")}.${now.getTime() + PENDING_IDENTITY_TTL_MS}`;
  return `${payload}.${mac(payload, secret)}`;
}

export function openPendingIdentity(value: string | undefined, secret: string, now: Date): PendingIdentity | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 3) return null;
  const [body, expires, given] = parts as [string, string, string];
  const expected = Buffer.from(mac(`${body}.${expires}`, secret));
  if (expected.length !== Buffer.byteLength(given) || !timingSafeEqual(expected, Buffer.from(given))) return null;
  if (!(Number(expires) > now.getTime())) return null;
  try {
    const parsed = pendingIdentitySchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
