// Random tokens (only their SHA-256 is ever stored) and the single-use links emailed to learners:
// issued, checked and consumed here, under one rule of what a usable link is.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { emailTokens, users, type User } from "@/db/schema";

export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type EmailTokenPurpose = "confirm_email" | "reset_password" | "change_email";

/** Every emailed link (confirmation, reset, email change) is valid 24 hours, once. */
export const EMAIL_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** The one rule of a usable link: this token, this purpose, never used, not expired. */
function usable(token: string, purpose: EmailTokenPurpose, now: Date) {
  return and(
    eq(emailTokens.tokenHash, hashToken(token)),
    eq(emailTokens.purpose, purpose),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, now),
  );
}

/** Stores a link's token (a fresh one unless given) and returns it, to be sent and never kept. */
export async function issueEmailToken(
  userId: string,
  purpose: EmailTokenPurpose,
  now: Date,
  { token = generateToken(), newEmail, tx = db }: { token?: string; newEmail?: string; tx?: Executor } = {},
): Promise<string> {
  await tx.insert(emailTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    newEmail: newEmail ?? null,
    expiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS),
  });
  return token;
}

/** Uses up a link; its row when it was usable, null otherwise (two concurrent uses: one wins). */
export async function consumeEmailToken(token: string, purpose: EmailTokenPurpose, now: Date, tx: Executor = db) {
  const [row] = await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(usable(token, purpose, now))
    .returning();
  return row ?? null;
}

/** Whose usable link this is, without using it up (a reset page shows its form only for a usable link). */
export async function findEmailTokenOwner(token: string, purpose: EmailTokenPurpose, now: Date): Promise<User | null> {
  const [row] = await db
    .select({ user: users })
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(usable(token, purpose, now));
  return row?.user ?? null;
}

/** After a password or email change, links already sent can no longer be used. */
export async function invalidateEmailTokens(userId: string, now: Date, tx: Executor = db): Promise<void> {
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt)));
}
