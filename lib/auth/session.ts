// The one session accessor: current user (nullable), requireUser (redirects), recent-auth and staff checks.
import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { User } from "@/db/schema";
import { hasAcceptedCurrentSitePolicy } from "@/lib/policies/acceptance";
import { env } from "@/lib/env.mjs";
import { getSessionUser, isRecentlyAuthenticated, type SessionUser } from "./sessions";

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * Reads the Auth.js session cookie directly (decrypting the JWT with Auth.js's own `decode`) instead
 * of calling auth(), which rebuilds a request and re-encrypts the token on every page; the session
 * itself is server-side, so only its id is needed here.
 */
export const getCurrentSession = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decode({ token: value, secret: env.AUTH_SECRET, salt: name }).catch(() => null);
    if (typeof token?.sid === "string") return getSessionUser(token.sid);
  }
  return null;
});

export async function getCurrentUser(): Promise<User | null> {
  return (await getCurrentSession())?.user ?? null;
}

function signInPath(locale: string, next: string): string {
  return `/${locale}/sign-in?next=${encodeURIComponent(next)}`;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `next` afterwards. */
export async function requireUser(locale: string, next: string): Promise<SessionUser> {
  const current = await getCurrentSession();
  if (!current) redirect(signInPath(locale, next));
  if (!(await hasAcceptedCurrentSitePolicy(current.user.id))) {
    redirect(`/${locale}/accept-policy?next=${encodeURIComponent(next)}`);
  }
  return current;
}

/** Sensitive steps (name confirmation, export, deletion, email or password change) need a fresh sign-in. */
export async function requireRecentAuth(locale: string, next: string): Promise<SessionUser> {
  const current = await requireUser(locale, next);
  if (!isRecentlyAuthenticated(current.authenticatedAt)) redirect(`/${locale}/reauth?next=${encodeURIComponent(next)}`);
  return current;
}

export async function requireStaff(locale: string, next: string): Promise<SessionUser> {
  const current = await requireUser(locale, next);
  if (current.user.role !== "staff") redirect(`/${locale}/dashboard`);
  return current;
}

/** The client's IP as seen by the first trusted proxy (or the socket when none). */
export async function getClientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}
