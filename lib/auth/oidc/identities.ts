// Verified identities (provider + subject) and the accounts they sign in to. A known identity opens a
// server-side session exactly as a password does; an unknown one never creates or links an account here.
import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { userIdentities, users, type User } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { metrics } from "@/lib/observability/metrics";
import { checkSignInAllowed } from "../rate-limit";
import { createSession } from "../sessions";
import { hashToken } from "../tokens";
import type { VerifiedIdentity } from "./identity";
import type { OidcProviderId } from "./settings";

export type IdentitySignIn =
  | { ok: true; user: User; sid: string }
  | { ok: false; reason: "unknown" | "unconfirmed" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function findUserByIdentity(
  provider: OidcProviderId,
  subject: string,
  exec: Executor = db,
): Promise<User | null> {
  const [row] = await exec
    .select({ user: users })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, subject)));
  return row?.user ?? null;
}

/** Links an identity to an account; false when that identity already belongs to an account. */
export async function linkIdentity(
  userId: string,
  provider: OidcProviderId,
  subject: string,
  now = clockNow(),
  exec: Executor = db,
): Promise<boolean> {
  const inserted = await exec
    .insert(userIdentities)
    .values({ userId, provider, subject, linkedAt: now })
    .onConflictDoNothing()
    .returning({ userId: userIdentities.userId });
  return inserted.length === 1;
}

/**
 * The password path's doors, for a verified identity: the per-address limit (an identity never fails
 * a password, so it has no failure counter of its own), a confirmed account, then the same session.
 * The site-policy check follows at the first page, from the session, as after a password.
 */
export async function signInWithIdentity(
  identity: Pick<VerifiedIdentity, "provider" | "subject">,
  ip: string,
  now = clockNow(),
  idToken?: string,
): Promise<IdentitySignIn> {
  const subject = `signin:identity:${hashToken(`${identity.provider}:${identity.subject}`)}`;
  const throttle = await checkSignInAllowed(subject, ip, now);
  const result: IdentitySignIn = throttle.limited
    ? { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds }
    : await openSession(identity, now, idToken);
  metrics.signIns.inc({ outcome: result.ok ? "ok" : result.reason });
  return result;
}

async function openSession(
  identity: Pick<VerifiedIdentity, "provider" | "subject">,
  now: Date,
  idToken: string | undefined,
): Promise<IdentitySignIn> {
  const user = await findUserByIdentity(identity.provider, identity.subject);
  if (!user) return { ok: false, reason: "unknown" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  await db.update(users).set({ lastActivityAt: now, retentionWarningSentAt: null }).where(eq(users.id, user.id));
  const oidc = idToken ? { provider: identity.provider, idToken } : null;
  return { ok: true, user, sid: await createSession(user.id, now, { oidc }) };
}
