// Auth.js HTTP endpoints. Browsers sign in through the sign-in server action; a non-HTML client may
// POST identifier + password (+ Auth.js csrfToken) to /api/auth/callback/credentials: the CSRF pair is
// checked first (403), then the password, throttled here (429 with Retry-After). A callbackUrl that is
// not an http(s) URL is answered 400 on every endpoint (Auth.js itself would answer 500). Every POST
// body is read here, from this site only and capped at 1 MB (lib/request-body.ts), never by Auth.js.
import { createHash, timingSafeEqual } from "node:crypto";
import { NextRequest } from "next/server";
import { env } from "@/lib/env.mjs";
import { clientIp } from "@/lib/net/request-ip";
import { readRouteBody } from "@/lib/request-body";
import { handlers } from "./index";
import { localeOf } from "@/lib/i18n/locales";
import { answerOidcCallback, isOidcCallback } from "./oidc/callback-response";
import { startProviderLogout } from "./oidc/logout";
import { CALLBACK_URL_COOKIES as CALLBACK_URL_COOKIE_NAMES } from "./oidc/start-locale";
import { sessionIdFromCookies } from "./session-cookie";
import { endCookieSession, endSession, getSessionOidc } from "./sessions";
import { authenticate, createSignInProof } from "./sign-in";

const CALLBACK_URL_COOKIES = new Set<string>(CALLBACK_URL_COOKIE_NAMES);

function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Auth.js answers 500 ("server configuration") when the callbackUrl query parameter or cookie is not an
 * http(s) URL (same test as its assertConfig). That is the client's mistake: answered 400 here.
 */
function invalidCallbackUrl(request: Request): Response | null {
  const url = new URL(request.url);
  const values = [url.searchParams.getAll("callbackUrl").at(-1)];
  for (const pair of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && CALLBACK_URL_COOKIES.has(pair.slice(0, eq).trim())) {
      const raw = pair
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, "$1");
      let value = raw;
      try {
        value = decodeURIComponent(raw);
      } catch {
        /* kept as sent, as the cookie parser does */
      }
      values.push(value);
    }
  }
  if (values.every((v) => !v || isHttpUrl(v, url.origin))) return null;
  return Response.json({ error: "invalid callbackUrl" }, { status: 400 });
}

/**
 * Auth.js's double-submit CSRF check (cookie "token|sha256(token + secret)", token repeated in the
 * body), made here before the password check: a request Auth.js would refuse costs no Argon2 work and
 * writes nothing (no throttle count, no session left behind).
 */
function csrfVerified(request: NextRequest, bodyToken: string | null): boolean {
  if (!bodyToken) return false;
  for (const name of ["authjs.csrf-token", "__Host-authjs.csrf-token"]) {
    const [token, hash] = (request.cookies.get(name)?.value ?? "").split("|");
    if (!token || !hash || token !== bodyToken) continue;
    const expected = Buffer.from(createHash("sha256").update(`${token}${env.AUTH_SECRET}`).digest("hex"));
    const given = Buffer.from(hash);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return true;
  }
  return false;
}

const setsSessionCookie = (response: Response) =>
  /(^|[\s,])(__Secure-)?authjs\.session-token(\.\d+)?=[^;]/.test(response.headers.get("set-cookie") ?? "");

export async function GET(request: NextRequest): Promise<Response> {
  const refused = invalidCallbackUrl(request);
  if (refused) return refused;
  if (isOidcCallback(request)) return answerOidcCallback(request, () => handlers.GET(request));
  return handlers.GET(request);
}

export async function POST(request: NextRequest): Promise<Response> {
  const body = await readRouteBody(request);
  if (body instanceof Response) return body;
  const refused = invalidCallbackUrl(request);
  if (refused) return refused;
  const { pathname } = new URL(request.url);
  if (pathname.endsWith("/signout")) return signOutThroughProvider(request, body);
  if (!pathname.endsWith("/callback/credentials")) return handlers.POST(withBody(request, body));
  const form = new URLSearchParams(body);
  const identifier = form.get("identifier");
  const password = form.get("password");
  if (identifier === null || password === null) return handlers.POST(rebuild(request, form));
  if (!csrfVerified(request, form.get("csrfToken")))
    return Response.json({ error: "missing or invalid csrfToken" }, { status: 403 });
  if (!identifier.trim() || identifier.length > 254 || password.length > 1024) {
    return Response.json({ error: "invalid credentials" }, { status: 401 });
  }
  const result = await authenticate(identifier, password, clientIp(request.headers));
  if (!result.ok) {
    if (result.reason === "throttled") {
      return Response.json(
        { error: "too many attempts", retryAfterSeconds: result.retryAfterSeconds },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
    }
    return Response.json({ error: "invalid credentials" }, { status: 401 });
  }
  form.delete("identifier");
  form.delete("password");
  form.set("proof", createSignInProof(result.sid));
  const response = await handlers.POST(rebuild(request, form));
  // Auth.js refused after all (a header it cannot use…): the session was never handed out.
  if (!setsSessionCookie(response)) await endSession(result.sid);
  else await endCookieSession((name) => request.cookies.get(name)?.value);
  return response;
}

/**
 * POST /api/auth/signout: Auth.js ends the session (its signOut event) and redirects to the callbackUrl;
 * when that session was opened through an identity provider, the redirect goes through the provider's
 * logout first (lib/auth/oidc/logout.ts). Read before Auth.js runs: the session row is gone after.
 */
async function signOutThroughProvider(request: NextRequest, body: string): Promise<Response> {
  const sid = await sessionIdFromCookies((name) => request.cookies.get(name)?.value);
  const oidc = sid ? await getSessionOidc(sid) : null;
  const response = await handlers.POST(withBody(request, body));
  const location = response.headers.get("location");
  // Auth.js refused (no CSRF token…): the session is still there, and so is the provider's.
  if (sid && oidc && (await getSessionOidc(sid))) return response;
  if (!oidc || !location || response.status < 300 || response.status >= 400) return response;
  const locale = localeOf(new URL(location, request.url).pathname.split("/")[1]);
  const logout = await startProviderLogout(oidc, locale);
  if (!logout) return response;
  const headers = new Headers(response.headers);
  headers.set("location", logout.url);
  const { name, value, options } = logout.cookie;
  headers.append(
    "set-cookie",
    `${name}=${value}; Path=${options.path}; Max-Age=${options.maxAge}; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`,
  );
  return new Response(null, { status: response.status, headers });
}

/** The request again, carrying the body already read (a stream is read once). */
function withBody(request: Request, body: string, contentType?: string): NextRequest {
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  if (contentType) headers.set("content-type", contentType);
  return new NextRequest(request.url, { method: "POST", headers, body });
}

function rebuild(request: Request, form: URLSearchParams): NextRequest {
  return withBody(request, form.toString(), "application/x-www-form-urlencoded"); // the body is re-encoded as a form
}
