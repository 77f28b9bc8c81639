// Runs before routing: refuses cross-site state-changing requests, guards the prerendered unit
// pages (see lib/auth/unit-gate.ts), then applies locale routing. Every other page, action and
// route checks authorisation itself.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { gateUnitPage, UNIT_PAGE } from "@/lib/auth/unit-gate";
import { routing } from "@/lib/i18n/routing";
import { securityHeaders } from "@/lib/security-headers.mjs";

const localeRouting = createMiddleware(routing);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A state-changing request must come from a page of this site: same Origin as the Host it targets. */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (!SAFE_METHODS.has(request.method)) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!isSameOrigin(request.headers.get("origin"), host)) {
      const headers = new Headers(securityHeaders.map((h) => [h.key, h.value] as [string, string]));
      headers.set("Content-Type", "text/plain; charset=utf-8");
      return new NextResponse("Forbidden: cross-site request", { status: 403, headers });
    }
  }
  const { pathname } = request.nextUrl;
  const unitPage = UNIT_PAGE.exec(pathname);
  if (unitPage) return gateUnitPage(request, event, unitPage);
  if (pathname.startsWith("/api/") || /\.[a-z0-9]+$/i.test(pathname)) return NextResponse.next();
  return localeRouting(request);
}

// Kept off the hot paths on purpose (it halved the throughput of prerendered pages): only paths
// without a locale (redirected to /fr or /en) and the Auth.js endpoints, the one route handler that
// accepts POST, and the unit pages it guards. Server actions are protected by Next's own Origin check.
export const config = {
  matcher: ["/", "/:locale(fr|en)/learn/:moduleSlug/:unitSlug", "/((?!fr/|fr$|en/|en$|api/|_next/|videos/|captions/|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)", "/api/auth/:path*"],
};
