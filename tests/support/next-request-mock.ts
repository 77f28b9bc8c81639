// A stand-in for the Next.js request scope, so server actions and route handlers can be called
// directly from vitest: next/headers (headers, cookies), next/cache (no-op revalidation) and
// next/server's after() (tasks queued, then run by the test once the "response" is sent, as Next
// does). tests/support/request-scope-setup.ts registers it for every integration test file.
// Auth.js reads next/headers too, so vitest must inline next-auth for the mock to reach it (vitest.config.mts).
import { encode } from "next-auth/jwt";
import type { User } from "@/db/schema";
import { PEER_ADDRESS_HEADER } from "@/lib/net/client-ip";

export const SESSION_COOKIE = "authjs.session-token";
export const ORIGIN = "http://localhost:3000";

interface Cookie {
  name: string;
  value: string;
}

const state = {
  cookies: new Map<string, string>(),
  ip: "203.0.113.7",
  extraHeaders: {} as Record<string, string>,
  after: [] as (() => unknown)[],
  inRequest: false,
};

/**
 * A fresh request: no cookies, same-origin headers, from the given socket address (as `next start`
 * presents a request with no X-Forwarded-For of its own); `headers` adds or overrides any header.
 */
export function resetRequest(opts: { ip?: string; headers?: Record<string, string> } = {}): void {
  state.cookies.clear();
  state.ip = opts.ip ?? "203.0.113.7";
  state.extraHeaders = opts.headers ?? {};
  state.after = [];
}

export function setCookie(name: string, value: string): void {
  state.cookies.set(name, value);
}

export function getCookie(name: string): string | undefined {
  return state.cookies.get(name);
}

/** The Auth.js cookie for a server-side session id, exactly as Auth.js encodes it. */
export async function sessionCookieFor(sid: string): Promise<string> {
  const { env } = await import("@/lib/env.mjs");
  return encode({ token: { sid }, secret: env.AUTH_SECRET, salt: SESSION_COOKIE });
}

export interface SignedIn {
  user: User;
  sid: string;
  cookie: string;
}

/** Creates a real server-side session (recent, or authenticated `ageMs` ago) and its cookie. */
export async function openSession(user: User, ageMs = 0): Promise<SignedIn> {
  const { createSession } = await import("@/lib/auth/sessions");
  const sid = await createSession(user.id, new Date(Date.now() - ageMs));
  return { user, sid, cookie: await sessionCookieFor(sid) };
}

export function presentSession(session: SignedIn | null): void {
  if (session) state.cookies.set(SESSION_COOKIE, session.cookie);
  else state.cookies.delete(SESSION_COOKIE);
}

/**
 * Calls `fn` as one request: after() tasks are queued meanwhile, then run once it has answered, as
 * Next does after sending the response. Outside it, after() throws as Next's does outside a request
 * (so the factories' registrations send their email at once).
 */
export async function inRequest<T>(fn: () => Promise<T>): Promise<{ value: T } | { thrown: unknown }> {
  state.inRequest = true;
  let outcome: { value: T } | { thrown: unknown };
  try {
    outcome = { value: await fn() };
  } catch (thrown) {
    outcome = { thrown };
  } finally {
    state.inRequest = false;
  }
  const tasks = state.after.splice(0);
  for (const task of tasks) await task();
  return outcome;
}

function requestHeaders(): Headers {
  const cookie = [...state.cookies].map(([n, v]) => `${n}=${v}`).join("; ");
  return new Headers({
    host: "localhost:3000",
    origin: ORIGIN,
    "x-forwarded-proto": "http",
    "x-forwarded-host": "localhost:3000",
    "x-forwarded-for": state.ip,
    [PEER_ADDRESS_HEADER]: state.ip,
    ...(cookie ? { cookie } : {}),
    ...state.extraHeaders,
  });
}

interface CookieStore {
  get(name: string | Cookie): Cookie | undefined;
  getAll(name?: string | Cookie): Cookie[];
  has(name: string): boolean;
  set(nameOrCookie: string | Cookie, value?: string): CookieStore;
  delete(name: string | Cookie): CookieStore;
  readonly size: number;
  toString(): string;
}

const cookieStore: CookieStore = {
  get(name: string | Cookie): Cookie | undefined {
    const key = typeof name === "string" ? name : name.name;
    const value = state.cookies.get(key);
    return value === undefined ? undefined : { name: key, value };
  },
  getAll(name?: string | Cookie): Cookie[] {
    const all = [...state.cookies].map(([n, value]) => ({ name: n, value }));
    const key = typeof name === "string" ? name : name?.name;
    return key ? all.filter((c) => c.name === key) : all;
  },
  has(name: string): boolean {
    return state.cookies.has(name);
  },
  set(nameOrCookie: string | Cookie, value?: string): CookieStore {
    if (typeof nameOrCookie === "string") state.cookies.set(nameOrCookie, value ?? "");
    else state.cookies.set(nameOrCookie.name, nameOrCookie.value);
    return cookieStore;
  },
  delete(name: string | Cookie): CookieStore {
    state.cookies.delete(typeof name === "string" ? name : name.name);
    return cookieStore;
  },
  get size(): number {
    return state.cookies.size;
  },
  toString(): string {
    return [...state.cookies].map(([n, v]) => `${n}=${v}`).join("; ");
  },
};

export const nextHeadersModule = {
  headers: async () => requestHeaders(),
  cookies: async () => cookieStore,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

export const nextCacheModule = {
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_noStore: () => {},
  unstable_cache: <T>(fn: T) => fn,
};

export function nextServerModule<M extends object>(original: M): M & { after: (task: unknown) => void } {
  return {
    ...original,
    after(task: unknown) {
      if (!state.inRequest) throw new Error("after() was called outside a request scope");
      state.after.push(typeof task === "function" ? (task as () => unknown) : () => task);
    },
  };
}
