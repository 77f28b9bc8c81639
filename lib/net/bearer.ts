// `Authorization: Bearer <secret>` checks for machine-to-machine routes (metrics scrapes, schedulers).
import { createHash, timingSafeEqual } from "node:crypto";

/** Compared as hashes: equal lengths for timingSafeEqual, and no timing hint of the secret's length. */
export function hasBearer(request: Request, secret: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(request.headers.get("authorization") ?? ""), digest(`Bearer ${secret}`));
}
