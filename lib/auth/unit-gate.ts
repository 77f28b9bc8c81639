// Unit pages are prerendered (the lesson is the same for every learner), so the proxy guards them:
// the same server-side session and consent checks as requireUser, then the view is recorded.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { now } from "@/lib/clock";
import { getUnit } from "@/lib/content/load";
import { recordUnitViewed } from "@/lib/progress/queries";
import { acceptPolicyPath, signInPath } from "./paths";
import { sessionIdFromCookies } from "./session-cookie";
import { getSessionUser } from "./sessions";

export const UNIT_PAGE = /^\/(fr|en)\/learn\/([^/]+)\/([^/]+)$/;

export async function gateUnitPage(request: NextRequest, event: NextFetchEvent, [, locale, moduleSlug, unitSlug]: RegExpExecArray) {
  const path = request.nextUrl.pathname;
  const sid = await sessionIdFromCookies((name) => request.cookies.get(name)?.value);
  const current = sid ? await getSessionUser(sid) : null;
  if (!current) return NextResponse.redirect(new URL(signInPath(locale!, path), request.url));
  if (!current.acceptedSitePolicy) return NextResponse.redirect(new URL(acceptPolicyPath(locale!, path), request.url));
  const unit = getUnit(moduleSlug!, unitSlug!)?.unit;
  // Links prefetch the next units: only a real visit counts as studying the unit.
  const h = request.headers;
  const isPrefetch = h.has("next-router-prefetch") || h.has("next-router-segment-prefetch") || /prefetch/.test(h.get("sec-purpose") ?? h.get("purpose") ?? "");
  if (unit && !isPrefetch) {
    event.waitUntil(recordUnitViewed(current.user.id, unit.id, now()).catch((error: unknown) => console.error("[vigie] could not record a unit view", error)));
  }
  // The page is the same for every learner, but only learners may have it: no shared cache may keep it.
  const response = NextResponse.next();
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}
