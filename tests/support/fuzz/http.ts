// Shared pieces of the route handler fuzz tests: hostile requests as Next would hand them to a handler,
// and the checks every answer must pass.
import fc from "fast-check";
import { NextRequest } from "next/server";
import type { User } from "@/db/schema";
import { PEER_ADDRESS_HEADER } from "@/lib/net/client-ip";
import { ORIGIN, SESSION_COOKIE, getCookie, inRequest } from "../next-request-mock";
import { hostileString } from "./hostile-input";
import { ensure } from "./outcomes";
import { AUTH_STATE, CLIENT_IP, newRequest, type AuthState } from "./requests";
import { changedTables, fingerprint } from "./write-counters";

/** What a header can carry: bytes 0x20–0xFF and tab (Node's parser refuses the rest before any handler runs). */
export const headerSafe = (s: string) =>
  s
    .toWellFormed()
    .replace(/[^\t\x20-\x7e\x80-\xff]/g, "?")
    .slice(0, 8192);
/** What a URL can carry: percent-encoded UTF-8. */
export const urlPart = (s: string) => encodeURIComponent(s.toWellFormed().slice(0, 4096));

export const QUERY = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom("callbackUrl", "error", "csrf", "dryRun", "code", "redirect", "json", "__proto__"),
        fc.string({ maxLength: 8 }),
      ),
      fc.oneof(hostileString, fc.constantFrom("https://evil.example/", "//evil.example", "/fr/dashboard", "1", "true")),
    ),
    {
      maxLength: 3,
    },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${urlPart(k)}=${urlPart(v)}`).join("&")}` : ""));

export interface RequestShape {
  ip: string;
  auth: AuthState;
  who: "owner" | "other";
  headers: [string, string][];
}

const EXTRA_HEADERS = fc.array(
  fc.tuple(
    fc.constantFrom(
      "if-none-match",
      "accept",
      "content-type",
      "origin",
      "referer",
      "x-forwarded-host",
      "x-forwarded-proto",
      "authorization",
      "cookie",
      "x-real-ip",
      "accept-language",
    ),
    hostileString.map(headerSafe),
  ),
  { maxLength: 3 },
);

export const REQUEST_SHAPE: fc.Arbitrary<RequestShape> = fc.record({
  ip: CLIENT_IP,
  auth: AUTH_STATE,
  who: fc.constantFrom("owner", "other"),
  headers: EXTRA_HEADERS,
});

/** The two accounts requests are made as (or as a visitor holding no or a broken cookie). */
export const people: { owner: User | null; other: User | null } = { owner: null, other: null };

/** A NextRequest as Next builds one for a route handler, carrying the mocked request's cookies. */
export async function buildRequest(
  shape: RequestShape,
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string>; cookies?: string[] } = {},
): Promise<NextRequest> {
  await newRequest(shape.ip, shape.auth, people[shape.who]);
  const ip = shape.ip.replace(/[^\t\x20-\x7e]/g, "?");
  const headers = new Headers({ "x-forwarded-for": ip, [PEER_ADDRESS_HEADER]: ip, host: "localhost:3000" });
  for (const [k, v] of shape.headers) {
    if (k === "cookie") continue; // cookies come from the session state below
    headers.set(k, v);
  }
  for (const [k, v] of Object.entries(init.headers ?? {})) headers.set(k, v);
  const session = getCookie(SESSION_COOKIE);
  const cookies = [...(session ? [`${SESSION_COOKIE}=${session}`] : []), ...(init.cookies ?? [])];
  if (cookies.length) headers.set("cookie", cookies.join("; "));
  return new NextRequest(url, { method: init.method ?? "GET", headers, body: init.body });
}

export interface RouteCheck {
  /** Tables this answer may have written to. */
  mayWrite?: (res: Response) => readonly string[];
}

/** Calls a handler as one request: status < 500, a 4xx has a body, redirects stay here, writes only as allowed. */
export async function checkRoute(run: () => Promise<Response>, opts: RouteCheck = {}): Promise<Response> {
  const before = await fingerprint();
  const answer = await inRequest(run);
  if ("thrown" in answer) throw answer.thrown; // Next would answer 500
  const res = answer.value;
  ensure(res.status < 500, () => `status ${res.status}`);
  if (res.status >= 400) {
    const body = await res.clone().text();
    ensure(body.trim().length > 0, () => `${res.status} without a body`);
  }
  const location = res.headers.get("location");
  if (location) {
    const here = location.startsWith("/")
      ? !location.startsWith("//") && !location.startsWith("/\\")
      : new URL(location).origin === ORIGIN;
    ensure(here, () => `redirect off-site: ${location}`);
  }
  const allowed = opts.mayWrite?.(res) ?? [];
  const changed = changedTables(before, await fingerprint()).filter((t) => !allowed.includes(t));
  ensure(changed.length === 0, () => `${res.status} but wrote to ${changed.join(", ")}`);
  return res;
}

export const statusLabel = (res: Response) => `${res.status}`;
