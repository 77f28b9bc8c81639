// Auth.js (next-auth v5) configuration: credentials sign-in, JWT cookie carrying a server-side session id.
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env.mjs";
import { SESSION_MAX_AGE_SECONDS } from "./sessions";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

export const authConfig = {
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/fr/sign-in", error: "/fr/sign-in" },
  providers: [
    Credentials({
      credentials: { proof: {} },
      // The password was checked (and throttled) by the sign-in action, which hands over a short-lived
      // signed proof, so Argon2 runs once per sign-in.
      async authorize(credentials) {
        const { redeemSignInProof } = await import("./sign-in");
        const sid = typeof credentials.proof === "string" ? await redeemSignInProof(credentials.proof) : null;
        return sid ? { id: sid, sid } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      delete token.email;
      delete token.name;
      delete token.picture;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid, user: { id: "", email: "", emailVerified: null } };
    },
  },
} satisfies NextAuthConfig;
