// The one session accessor: current user (nullable), requireUser (redirects), recent-auth and staff checks.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { User } from "@/db/schema";
import { acceptPolicyPath, signInPath } from "./paths";
import { sessionIdFromCookies } from "./session-cookie";
import { getSessionUser, isRecentlyAuthenticated, type SessionUser } from "./sessions";

/**
 * Reads the Auth.js session cookie directly instead of calling auth(), which rebuilds a request and
 * re-encrypts the token on every page; the session itself is server-side, so only its id is needed.
 */
export const getCurrentSession = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const sid = await sessionIdFromCookies((name) => jar.get(name)?.value);
  return sid ? getSessionUser(sid) : null;
});

export async function getCurrentUser(): Promise<User | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `next` afterwards. */
export async function requireUser(locale: string, next: string): Promise<SessionUser> {
  const current = await getCurrentSession();
  if (!current) redirect(signInPath(locale, next));
  if (!current.acceptedSitePolicy) {
    redirect(acceptPolicyPath(locale, next));
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
