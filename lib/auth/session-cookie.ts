// The Auth.js session cookie → server-side session id, shared by pages, actions and the proxy.
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env.mjs";

export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

// Decoding derives a key (HKDF) and decrypts on every call; a cookie value always decodes to the
// same id under one secret, so recent values are remembered. Validity is still checked in the
// database on every request (the session may have been ended).
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, string | null>();

async function decodeSessionId(value: string, name: string): Promise<string | null> {
  const key = `${name}\u0000${value}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const token = await decode({ token: value, secret: env.AUTH_SECRET, salt: name }).catch(() => null);
  const sid = typeof token?.sid === "string" ? token.sid : null;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, sid);
  return sid;
}

/** The session id carried by the request's cookies, or null (absent, forged, or another secret's). */
export async function sessionIdFromCookies(read: (name: string) => string | undefined): Promise<string | null> {
  for (const name of SESSION_COOKIES) {
    const value = read(name);
    if (!value) continue;
    const sid = await decodeSessionId(value, name);
    if (sid) return sid;
  }
  return null;
}
