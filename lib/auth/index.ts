// The Auth.js instance: route handlers and signIn/signOut (sessions are read by lib/auth/session.ts).
import NextAuth from "next-auth";
import { authConfig } from "./config";

const nextAuth = NextAuth(authConfig);

export const { handlers, signIn, signOut, unstable_update: refreshSessionCookie } = nextAuth;
