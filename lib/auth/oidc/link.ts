// Linking verified identities to existing accounts, and unlinking them, never silently: with the
// account's password (an identity whose verified email an account already has), or from the signed-in
// account's profile after a recent re-authentication. An account always keeps a way to sign in.
import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { userIdentities, users, type User } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { metrics } from "@/lib/observability/metrics";
import { findByEmail } from "../accounts";
import { createSession, getSessionUser, isRecentlyAuthenticated } from "../sessions";
import { checkSignInPassword } from "../sign-in";
import { findUserByIdentity, linkIdentity } from "./identities";
import type { PendingIdentity } from "./pending";
import type { OidcProviderId } from "./settings";

/**
 * What the "complete your registration" step offers an identity whose verified email an account has:
 * its password ("password"), or nothing when that account never chose one (it was itself opened through
 * an identity provider, so its own provider is the way in); null when no account has that email.
 */
export async function findLinkTarget(
  identity: Pick<PendingIdentity, "email">,
): Promise<"password" | "noPassword" | null> {
  const user = await findByEmail(identity.email);
  if (!user) return null;
  return user.passwordChosen ? "password" : "noPassword";
}

export type PasswordLink =
  | { ok: true; user: User; sid: string }
  | { ok: false; reason: "noAccount" | "noPassword" | "invalid" | "unconfirmed" | "identityTaken" | "providerTaken" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

class LinkRefused extends Error {
  constructor(readonly reason: "identityTaken" | "providerTaken") {
    super(reason);
  }
}

/** The account's row, locked until the transaction ends: one link or unlink at a time per account. */
async function lockUser(userId: string, tx: Executor): Promise<User | null> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  return user ?? null;
}

async function hasProvider(userId: string, provider: OidcProviderId, tx: Executor): Promise<boolean> {
  const rows = await tx
    .select({ subject: userIdentities.subject })
    .from(userIdentities)
    .where(and(eq(userIdentities.userId, userId), eq(userIdentities.provider, provider)));
  return rows.length > 0;
}

/**
 * The pending identity linked to the account with its verified email, once that account's password
 * is typed: throttled exactly as a sign-in that typed this email (per-address, per-identifier and
 * per-account counters), then the link, and a session opened through the provider, in one transaction.
 */
export async function linkWithPassword(
  identity: PendingIdentity,
  password: string,
  ip: string,
  now = clockNow(),
): Promise<PasswordLink> {
  const result = await checkAndLink(identity, password, ip, now);
  metrics.signIns.inc({ outcome: result.ok ? "ok" : result.reason });
  return result;
}

async function checkAndLink(identity: PendingIdentity, password: string, ip: string, now: Date): Promise<PasswordLink> {
  const user = await findByEmail(identity.email);
  if (!user) return { ok: false, reason: "noAccount" };
  if (!user.passwordChosen) return { ok: false, reason: "noPassword" };
  const checked = await checkSignInPassword(user.email, user, password, ip, now);
  if (checked !== "ok") return checked;
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  try {
    const sid = await db.transaction(async (tx) => {
      await lockUser(user.id, tx);
      if (await hasProvider(user.id, identity.provider, tx)) throw new LinkRefused("providerTaken");
      if (!(await linkIdentity(user.id, identity.provider, identity.subject, now, tx)))
        throw new LinkRefused("identityTaken");
      await tx.update(users).set({ lastActivityAt: now, retentionWarningSentAt: null }).where(eq(users.id, user.id));
      const oidc = identity.idToken ? { provider: identity.provider, idToken: identity.idToken } : null;
      return createSession(user.id, now, { oidc, exec: tx });
    });
    return { ok: true, user, sid };
  } catch (error) {
    if (error instanceof LinkRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}

export type SessionLink = "linked" | "already" | "taken" | "providerTaken" | "reauth" | "expired";

/**
 * A verified identity linked to the account of the session that asked for it from the profile (see
 * link-intent.ts), if that session still exists and typed its password (or signed in) within 10 minutes.
 */
export async function linkToSession(
  identity: Pick<PendingIdentity, "provider" | "subject">,
  sid: string,
  now = clockNow(),
): Promise<SessionLink> {
  const session = await getSessionUser(sid, now);
  if (!session) return "expired";
  if (!isRecentlyAuthenticated(session.authenticatedAt, now)) return "reauth";
  const userId = session.user.id;
  return db.transaction(async (tx): Promise<SessionLink> => {
    await lockUser(userId, tx);
    const owner = await findUserByIdentity(identity.provider, identity.subject, tx);
    if (owner) return owner.id === userId ? "already" : "taken";
    if (await hasProvider(userId, identity.provider, tx)) return "providerTaken";
    return (await linkIdentity(userId, identity.provider, identity.subject, now, tx)) ? "linked" : "taken";
  });
}

export interface LinkedIdentity {
  provider: OidcProviderId;
  linkedAt: Date;
}

export async function findLinkedIdentities(userId: string): Promise<LinkedIdentity[]> {
  return db
    .select({ provider: userIdentities.provider, linkedAt: userIdentities.linkedAt })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId))
    .orderBy(userIdentities.linkedAt);
}

/** Whether unlinking would leave the account a way in: a chosen password, or another linked identity. */
export function canUnlink(user: Pick<User, "passwordChosen">, linked: LinkedIdentity[], provider: OidcProviderId) {
  return user.passwordChosen || linked.some((identity) => identity.provider !== provider);
}

export type Unlink = { ok: true } | { ok: false; reason: "notLinked" | "lastWayIn" };

/** Unlinks a provider from the account, unless it is the account's last way to sign in. */
export async function unlinkIdentity(userId: string, provider: OidcProviderId): Promise<Unlink> {
  return db.transaction(async (tx): Promise<Unlink> => {
    const user = await lockUser(userId, tx);
    const linked = await tx
      .select({ provider: userIdentities.provider, linkedAt: userIdentities.linkedAt })
      .from(userIdentities)
      .where(eq(userIdentities.userId, userId));
    if (!user || !linked.some((identity) => identity.provider === provider)) return { ok: false, reason: "notLinked" };
    if (!canUnlink(user, linked, provider)) return { ok: false, reason: "lastWayIn" };
    await tx
      .delete(userIdentities)
      .where(and(eq(userIdentities.userId, userId), eq(userIdentities.provider, provider)));
    return { ok: true };
  });
}
