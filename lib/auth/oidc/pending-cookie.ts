// The pending-identity cookie (lib/auth/oidc/pending.ts) in a request: set by the OIDC callback, read by
// the "complete your registration" step, cleared once the account exists.
import "server-only";
import { cookies } from "next/headers";
import { now } from "@/lib/clock";
import { env } from "@/lib/env.mjs";
import {
  PENDING_IDENTITY_COOKIE,
  type PendingIdentity,
  PENDING_IDENTITY_TTL_MS,
  openPendingIdentity,
  sealPendingIdentity,
} from "./pending";

export async function setPendingIdentity(identity: PendingIdentity): Promise<void> {
  (await cookies()).set(PENDING_IDENTITY_COOKIE, sealPendingIdentity(identity, env.AUTH_SECRET, now()), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https:"),
    path: "/",
    maxAge: PENDING_IDENTITY_TTL_MS / 1000,
  });
}

export async function readPendingIdentity(): Promise<PendingIdentity | null> {
  return openPendingIdentity((await cookies()).get(PENDING_IDENTITY_COOKIE)?.value, env.AUTH_SECRET, now());
}

export async function clearPendingIdentity(): Promise<void> {
  (await cookies()).delete(PENDING_IDENTITY_COOKIE);
}
