// Auth.js (next-auth v5) configuration: credentials sign-in, plus FranceConnect / ProConnect when configured
// (lib/auth/oidc); a JWT cookie carrying a server-side session id.
import { customFetch, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env.mjs";
import { oidcAuthProvider } from "./oidc/auth-providers";
import { oidcFetch } from "./oidc/provider-fetch";
import { configuredOidcProviders } from "./oidc/providers";
import { endSession, getSessionUser, SESSION_MAX_AGE_SECONDS } from "./sessions";

declare module "next-auth" {
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
  // Auth.js's own sign-out page is replaced by the app's sign-out button (which also clears quiz drafts).
  pages: { signIn: "/fr/sign-in", signOut: "/fr/dashboard", error: "/fr/sign-in" },
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
    // Every request to the provider bounded in time (a provider down or slow: lib/auth/oidc/provider-fetch.ts).
    ...configuredOidcProviders().map((settings) => ({ ...oidcAuthProvider(settings), [customFetch]: oidcFetch })),
  ],
  callbacks: {
    // An OIDC sign-in opens a server-side session only for an identity linked to an account.
    async signIn({ user, account, profile }) {
      if (account?.type !== "oidc") return true;
      const { oidcSignIn } = await import("./oidc/callback");
      return oidcSignIn(user, account, profile);
    },
    // The cookie is only a carrier for the server-side session id: when that session has ended
    // (signed out, password changed, account deleted), Auth.js's session endpoint answers signed out.
    async jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      else if (!token.sid || !(await getSessionUser(token.sid))) return null;
      delete token.email;
      delete token.name;
      delete token.picture;
      return token;
    },
    // /api/auth/session is readable by page scripts, and nothing client-side needs more than this:
    // never the session id (it would let a script lift the session) nor anything else from the token.
    session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    // Every sign-out (the app's action, account deletion, POST /api/auth/signout) ends the server-side session.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSession(sid);
    },
  },
} satisfies NextAuthConfig;
