// Runs before routing: refuses oversized and cross-site state-changing requests, guards the prerendered unit
// pages (see lib/progress/unit-gate.ts), then applies locale routing. Every other page, action and
// route checks authorisation itself.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { gateUnitPage } from "@/lib/progress/unit-gate";
import { readUnitPath } from "@/lib/auth/unit-path";
import { routing } from "@/lib/i18n/routing";
import { CROSS_SITE, declaresTooLarge, TOO_LARGE } from "@/lib/request-body";
import { isSameOriginRequest } from "@/lib/same-origin";
import { securityHeaders } from "@/lib/security-headers.mjs";

const localeRouting = createMiddleware(routing);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function refuse(status: number, message: string): NextResponse {
  const headers = new Headers(securityHeaders.map((h) => [h.key, h.value] as [string, string]));
  headers.set("Content-Type", "text/plain; charset=utf-8");
  return new NextResponse(message, { status, headers });
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (!SAFE_METHODS.has(request.method)) {
    if (declaresTooLarge(request.headers)) return refuse(413, TOO_LARGE);
    if (!isSameOriginRequest(request.headers)) return refuse(403, CROSS_SITE);
    return NextResponse.next();
  }
  const { pathname } = request.nextUrl;
  // Read as the router reads it: /fr/lear%6E/… renders the same page as /fr/learn/….
  const unitPath = readUnitPath(pathname);
  if (unitPath) return gateUnitPage(request, event, unitPath);
  if (pathname.startsWith("/api/") || /\.[a-z0-9]+$/i.test(pathname)) return NextResponse.next();
  return localeRouting(request);
}

// Kept off the hot paths on purpose (each invocation costs ≈ 1.8 ms of CPU; on every server action
// it cut quiz submissions from 277/s to 200/s): only paths without a locale (redirected to /fr or
// /en), the unit pages it guards, and bodies of a million bytes or more (413 above 1 MB). Next also
// runs it when the percent-decoded path matches, and for the .rsc, segment-prefetch and _next/data
// forms of a path; a double slash or a trailing slash is redirected before it. Server actions are
// otherwise protected by Next's own Origin check. Never on route handlers (/api): when the proxy
// runs on a request with a body, Next reads the whole body before it answers, even a 413 (a 40 MB
// chunked upload was read in full); they check Origin and size themselves (lib/request-body.ts).
export const config = {
  matcher: [
    "/",
    "/:locale(fr|en)/learn/:moduleSlug/:unitSlug",
    "/((?!fr/|fr$|en/|en$|api/|_next/|videos/|captions/|identity/|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)",
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-length", value: "[1-9][0-9]{6,}" }] },
  ],
};
