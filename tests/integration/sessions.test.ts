// Server-side sessions behind the Auth.js cookie: every sign-out path ends them, signing in again in a
// browser ends the session its cookie carried, and Auth.js's session endpoint never shows the session id.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import type { User } from "@/db/schema";
import { signInAction, signOutAction } from "@/lib/auth/actions";
import { getSessionUser } from "@/lib/auth/sessions";
import { PASSWORD, createLearner } from "../support/factories";
import {
  ORIGIN,
  SESSION_COOKIE,
  getCookie,
  inRequest,
  openSession,
  presentSession,
  resetRequest,
  type SignedIn,
} from "../support/next-request-mock";

let learner: User;
let csrf: { token: string; cookie: string };

beforeAll(async () => {
  learner = await createLearner();
  const res = await authRoute.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const cookie = /authjs\.csrf-token=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  if (!cookie) throw new Error("no csrf cookie");
  csrf = { token: ((await res.json()) as { csrfToken: string }).csrfToken, cookie };
});

function authRequest(path: string, session: SignedIn | null, body?: Record<string, string>): NextRequest {
  const cookies = [`authjs.csrf-token=${csrf.cookie}`, ...(session ? [`${SESSION_COOKIE}=${session.cookie}`] : [])];
  const headers = new Headers({ host: "localhost:3000", origin: ORIGIN, cookie: cookies.join("; ") });
  if (!body) return new NextRequest(`${ORIGIN}/api/auth/${path}`, { headers });
  headers.set("content-type", "application/x-www-form-urlencoded");
  return new NextRequest(`${ORIGIN}/api/auth/${path}`, {
    method: "POST",
    headers,
    body: new URLSearchParams({ csrfToken: csrf.token, ...body }).toString(),
  });
}

async function sessionEndpoint(session: SignedIn | null): Promise<{ text: string; setCookie: string }> {
  const res = await authRoute.GET(authRequest("session", session));
  expect(res.status).toBe(200);
  return { text: await res.text(), setCookie: res.headers.get("set-cookie") ?? "" };
}

describe("GET /api/auth/session", () => {
  it("answers a live session with its expiry only: no session id, nothing else from the token", async () => {
    const session = await openSession(learner);
    const { text } = await sessionEndpoint(session);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["expires"]);
    expect(text).not.toContain(session.sid);
    expect(text).not.toContain("sid");
  });

  it("answers signed out (null, cookie cleared) once the server-side session has ended", async () => {
    const session = await openSession(learner);
    const { endSession } = await import("@/lib/auth/sessions");
    await endSession(session.sid);
    const { text, setCookie } = await sessionEndpoint(session);
    expect(JSON.parse(text)).toBeNull();
    expect(setCookie).toMatch(/authjs\.session-token=;/);
  });
});

describe("every sign-out path ends the server-side session", () => {
  it("Auth.js's own POST /api/auth/signout with its CSRF token", async () => {
    const session = await openSession(learner);
    const res = await authRoute.POST(authRequest("signout", session, {}));
    expect(res.status).toBe(302);
    expect(await getSessionUser(session.sid)).toBeNull();
  });

  it("the app's sign-out action", async () => {
    const session = await openSession(learner);
    resetRequest();
    presentSession(session);
    const form = new FormData();
    form.set("locale", "fr");
    const outcome = await inRequest(() => signOutAction(form));
    expect(outcome).toMatchObject({ thrown: { message: "NEXT_REDIRECT" } });
    expect(await getSessionUser(session.sid)).toBeNull();
    expect(getCookie(SESSION_COOKIE)).toBe("");
  });

  it("Auth.js's sign-out page is the app's: GET /api/auth/signout leads to the dashboard's sign-out button", async () => {
    const res = await authRoute.GET(authRequest("signout", null));
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get("location") ?? "", ORIGIN).pathname).toBe("/fr/dashboard");
  });
});

describe("signing in again in the same browser", () => {
  it("through the sign-in action, ends the session the browser's cookie carried", async () => {
    const previous = await openSession(learner);
    resetRequest();
    presentSession(previous);
    const form = new FormData();
    form.set("locale", "fr");
    form.set("identifier", learner.username);
    form.set("password", PASSWORD);
    const outcome = await inRequest(() => signInAction(undefined, form));
    expect(outcome).toMatchObject({ thrown: { message: "NEXT_REDIRECT" } });
    expect(getCookie(SESSION_COOKIE)).not.toBe(previous.cookie);
    expect(await getSessionUser(previous.sid)).toBeNull();
  });

  it("through POST /api/auth/callback/credentials, ends the session the request's cookie carried", async () => {
    const previous = await openSession(learner);
    const res = await authRoute.POST(
      authRequest("callback/credentials", previous, { identifier: learner.username, password: PASSWORD }),
    );
    expect(res.headers.get("set-cookie")).toMatch(/authjs\.session-token=[^;]+/);
    expect(await getSessionUser(previous.sid)).toBeNull();
  });

  it("a failed attempt leaves the current session alone", async () => {
    const current = await openSession(learner);
    const res = await authRoute.POST(
      authRequest("callback/credentials", current, {
        identifier: learner.username,
        password: "not the password at all",
      }),
    );
    expect(res.status).toBe(401);
    expect(await getSessionUser(current.sid)).not.toBeNull();
  });
});
