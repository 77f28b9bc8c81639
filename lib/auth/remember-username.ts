// The optional "remember my username" cookie and its flag on the account, set and cleared together.
import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { REMEMBER_USERNAME_COOKIE } from "./cookies";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Sets or clears the cookie for this browser, and records the choice on the account when it changed. */
export async function applyRememberUsername(
  user: Pick<User, "id" | "username" | "rememberUsername">,
  remember: boolean,
): Promise<void> {
  const jar = await cookies();
  if (remember) {
    jar.set(REMEMBER_USERNAME_COOKIE, user.username, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.isProduction,
      maxAge: ONE_YEAR_SECONDS,
      path: "/",
    });
  } else if (jar.has(REMEMBER_USERNAME_COOKIE)) {
    jar.delete(REMEMBER_USERNAME_COOKIE);
  }
  if (user.rememberUsername !== remember)
    await db.update(users).set({ rememberUsername: remember }).where(eq(users.id, user.id));
}

/** After an account deletion: nothing of the account stays in the browser. */
export async function forgetUsernameCookie(): Promise<void> {
  (await cookies()).delete(REMEMBER_USERNAME_COOKIE);
}
