// Server-side sessions behind the Auth.js cookie: revocable on sign-out, password change and deletion.
import "server-only";
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { policyAcceptances, userSessions, users, type User } from "@/db/schema";
import { currentSitePolicy } from "@/lib/policies/acceptance";
import type { OidcProviderId } from "./oidc/settings";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { sessionIdFromCookies } from "./session-cookie";
import { generateToken, hashToken } from "./tokens";

export const SESSION_MAX_AGE_SECONDS = env.SESSION_MAX_AGE_HOURS * 3600;
export const RECENT_AUTH_MS = 10 * 60 * 1000;

/** A session opened through an identity provider: signing out ends the provider's session too. */
export interface SessionOidc {
  provider: OidcProviderId;
  idToken: string;
}

/** Creates a session and returns its id (only its hash is stored). */
export async function createSession(
  userId: string,
  now = clockNow(),
  { oidc, exec = db }: { oidc?: SessionOidc | null; exec?: Executor } = {},
): Promise<string> {
  const sid = generateToken();
  await exec.insert(userSessions).values({
    id: hashToken(sid),
    userId,
    authenticatedAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    oidcProvider: oidc?.provider ?? null,
    oidcIdToken: oidc?.idToken ?? null,
  });
  return sid;
}

/** The provider a session was opened through and its ID token (the logout's id_token_hint), or null. */
export async function getSessionOidc(sid: string): Promise<SessionOidc | null> {
  const [row] = await db
    .select({ provider: userSessions.oidcProvider, idToken: userSessions.oidcIdToken })
    .from(userSessions)
    .where(eq(userSessions.id, hashToken(sid)));
  return row?.provider && row.idToken ? { provider: row.provider, idToken: row.idToken } : null;
}

export interface SessionUser {
  user: User;
  sessionId: string;
  authenticatedAt: Date;
  /** When a staff member confirmed their second factor in this session (null: not yet, or a learner). */
  secondFactorAt: Date | null;
  /** When the server ends this session unless the learner extends it. */
  expiresAt: Date;
  /** Whether the newest site-policy version is accepted (read in the same query as the session). */
  acceptedSitePolicy: boolean;
}

export async function getSessionUser(sid: string, now = clockNow()): Promise<SessionUser | null> {
  const policy = await currentSitePolicy();
  const [row] = await db
    .select({
      user: users,
      authenticatedAt: userSessions.authenticatedAt,
      secondFactorAt: userSessions.secondFactorAt,
      expiresAt: userSessions.expiresAt,
      acceptedSitePolicy: policy
        ? sql<boolean>`exists (select 1 from ${policyAcceptances} where ${policyAcceptances.userId} = ${users.id} and ${policyAcceptances.policyVersionId} = ${policy.id})`
        : sql<boolean>`true`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, hashToken(sid)), gt(userSessions.expiresAt, now)));
  return row
    ? {
        user: row.user,
        sessionId: sid,
        authenticatedAt: row.authenticatedAt,
        secondFactorAt: row.secondFactorAt,
        expiresAt: row.expiresAt,
        acceptedSitePolicy: row.acceptedSitePolicy,
      }
    : null;
}

/** A new full lifetime from now, asked for by the learner before the session ends (RGAA 13.1). */
export async function extendSession(sid: string, now = clockNow()): Promise<Date> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await db
    .update(userSessions)
    .set({ expiresAt })
    .where(and(eq(userSessions.id, hashToken(sid)), gt(userSessions.expiresAt, now)));
  return expiresAt;
}

export async function markReauthenticated(sid: string, now = clockNow()): Promise<void> {
  await db
    .update(userSessions)
    .set({ authenticatedAt: now })
    .where(eq(userSessions.id, hashToken(sid)));
}

export async function endSession(sid: string): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.id, hashToken(sid)));
}

/** Signing in again in a browser: the session its cookie still carries (if any) ends first. */
export async function endCookieSession(readCookie: (name: string) => string | undefined): Promise<void> {
  const sid = await sessionIdFromCookies(readCookie);
  if (sid) await endSession(sid);
}

/** Ends every session of the user, except the one given (the current one after a password change). */
export async function endAllSessions(userId: string, exceptSid?: string, tx: Executor = db): Promise<void> {
  await tx
    .delete(userSessions)
    .where(
      exceptSid
        ? and(eq(userSessions.userId, userId), ne(userSessions.id, hashToken(exceptSid)))
        : eq(userSessions.userId, userId),
    );
}

export function isRecentlyAuthenticated(authenticatedAt: Date, now = clockNow()): boolean {
  return now.getTime() - authenticatedAt.getTime() <= RECENT_AUTH_MS;
}
