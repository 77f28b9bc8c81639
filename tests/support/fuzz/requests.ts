// Who is asking: signed out, signed in (recently or not), or holding a cookie that is no session; from
// which client IP; and the throttle counters, cleared now and then so every path stays reachable.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { encode } from "next-auth/jwt";
import { db } from "@/db/client";
import * as schema from "@/db/schema";
import type { User } from "@/db/schema";
import {
  SESSION_COOKIE,
  openSession,
  presentSession,
  resetRequest,
  sessionCookieFor,
  setCookie,
  type SignedIn,
} from "../next-request-mock";

export const AUTH_STATES = ["out", "recent", "stale", "garbage", "forged", "wrongSecret"] as const;
export type AuthState = (typeof AUTH_STATES)[number];
export const AUTH_STATE = fc.constantFrom(...AUTH_STATES);

/** A recent session with weight `recentWeight`, any state (recent included) with weight `anyWeight`: the signed-in paths come up more often. */
export const recentOrAnyAuth = (recentWeight: number, anyWeight: number) =>
  fc.oneof(
    { weight: recentWeight, arbitrary: fc.constant<AuthState>("recent") },
    { weight: anyWeight, arbitrary: AUTH_STATE },
  );

/** Sets the request's session cookie; returns the session when it is a real one. */
export async function signInAs(state: AuthState, user: User | null): Promise<SignedIn | null> {
  presentSession(null);
  switch (state) {
    case "out":
      return null;
    case "garbage":
      setCookie(SESSION_COOKIE, randomBytes(40).toString("base64url"));
      return null;
    case "forged": // a well-formed cookie for a session that does not exist
      setCookie(SESSION_COOKIE, await sessionCookieFor(randomBytes(32).toString("base64url")));
      return null;
    case "wrongSecret":
      setCookie(
        SESSION_COOKIE,
        await encode({
          token: { sid: "x" },
          secret: "another-secret-0123456789abcdef0123456789",
          salt: SESSION_COOKIE,
        }),
      );
      return null;
    case "recent":
    case "stale": {
      if (!user) return null;
      const session = await openSession(user, state === "stale" ? 30 * 60_000 : 0);
      presentSession(session);
      return session;
    }
  }
}

/** Client IPs: a small pool (so per-IP limits are reached and passed) and some hostile header values. */
export const CLIENT_IP = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      "198.51.100.1",
      "198.51.100.2",
      "198.51.100.3",
      "2001:db8::1",
      "203.0.113.5",
      "203.0.113.6",
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "::1",
      "999.1.1.1, 10.0.0.1",
      "' OR 1=1 --",
      "<script>alert(1)</script>",
      "a".repeat(5000),
      "unknown",
    ),
  },
);

/**
 * Wrong passwords soon block the account and the IPs (that answer is checked too); now and then (one
 * run in `every`) every throttle counter is cleared first, so the password check and a successful
 * sign-in stay reachable.
 */
export const clearThrottleEvery = (every: number) => fc.integer({ min: 1, max: every }).map((n) => n === 1);
export const CLEAR_THROTTLE = clearThrottleEvery(30);

export async function clearThrottle(clear: boolean): Promise<void> {
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- a clean slate of throttling counters between fuzz runs
  if (clear) await db.delete(schema.rateLimitBuckets);
}

/** A fresh request from `ip`, signed in as `user` in the given state. */
export async function newRequest(ip: string, state: AuthState, user: User | null): Promise<SignedIn | null> {
  resetRequest({ ip });
  return signInAs(state, user);
}
