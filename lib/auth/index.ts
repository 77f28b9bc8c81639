// The Auth.js instance: route handlers, signIn/signOut, and a per-request cached auth().
import NextAuth from "next-auth";
import { cache } from "react";
import { authConfig } from "./config";

const nextAuth = NextAuth(authConfig);

export const { handlers, signIn, signOut } = nextAuth;
export const auth = cache(nextAuth.auth);
