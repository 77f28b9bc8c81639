// A browser's OIDC journey through the app's Auth.js route, for the integration tests: its cookie jar,
// the start (csrf, then POST /api/auth/signin/<provider>), the provider's part (followToClient) and the
// callback. At the callback the jar's cookies are also what next/headers' cookies() reads, as in Next.
import { NextRequest } from "next/server";
import type { OidcProviderId } from "@/lib/auth/oidc/settings";
import { sessionIdFromCookies } from "@/lib/auth/session-cookie";
import { ORIGIN, resetRequest, setCookie } from "../next-request-mock";
import { followToClient } from "./browser";

export class Jar {
  readonly values = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const value = pair.slice(eq + 1);
      if (value) this.values.set(pair.slice(0, eq), value);
      else this.values.delete(pair.slice(0, eq));
    }
  }
  get header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

interface AuthRoute {
  GET(request: NextRequest): Promise<Response>;
  POST(request: NextRequest): Promise<Response>;
}

export function routeRequest(jar: Jar, url: string, body?: Record<string, string>): NextRequest {
  const headers = new Headers({ host: "localhost:3000", origin: ORIGIN, cookie: jar.header });
  if (!body) return new NextRequest(url, { headers });
  headers.set("content-type", "application/x-www-form-urlencoded");
  return new NextRequest(url, { method: "POST", headers, body: new URLSearchParams(body).toString() });
}

export function oidcAuthFlow(authRoute: AuthRoute, issuer: string, provider: OidcProviderId = "franceconnect") {
  /** Auth.js's start: the redirect to the provider's authorization endpoint, the jar holding its cookies. */
  async function start(callbackUrl = `${ORIGIN}/fr/dashboard`) {
    resetRequest();
    const jar = new Jar();
    const csrf = await authRoute.GET(routeRequest(jar, `${ORIGIN}/api/auth/csrf`));
    jar.take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const started = await authRoute.POST(
      routeRequest(jar, `${ORIGIN}/api/auth/signin/${provider}`, { csrfToken, callbackUrl }),
    );
    jar.take(started);
    return { jar, csrfToken, location: started.headers.get("location") ?? "" };
  }

  /** Up to the provider's answer at the callback URL: the browser's part of the journey. */
  async function authorize(person: string, callbackUrl?: string) {
    const { jar, csrfToken, location } = await start(callbackUrl);
    const authorization = new URL(location);
    authorization.searchParams.set("login_hint", person);
    return { jar, csrfToken, authorization, callback: await followToClient(authorization.href, issuer) };
  }

  async function callback(jar: Jar, url: URL) {
    for (const [name, value] of jar.values) setCookie(name, decodeURIComponent(value));
    const response = await authRoute.GET(routeRequest(jar, url.href));
    jar.take(response);
    const sid = await sessionIdFromCookies((name) => jar.values.get(name));
    return { location: response.headers.get("location") ?? "", sid };
  }

  return { start, authorize, callback };
}
