// Unit pages are prerendered (the lesson is the same for every learner), so the proxy guards them,
// whatever the spelling of their path (see lib/auth/unit-path.ts): the same server-side session and consent
// checks as requireUser, then the view is recorded. One deliberate exception: a visitor may study the open
// unit (lib/progress/open-unit.ts) without an account; nothing is recorded for them.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { now } from "@/lib/clock";
import { getUnit } from "@/lib/content/load";
import { logger } from "@/lib/observability/logger";
import { acceptPolicyPath, signInPath } from "@/lib/auth/paths";
import { sessionIdFromCookies } from "@/lib/auth/session-cookie";
import { getSessionUser } from "@/lib/auth/sessions";
import type { UnitPath } from "@/lib/auth/unit-path";
import { isOpenUnit } from "./open-unit";
import { recordUnitViewed } from "./queries";

/** The page is the same for everyone allowed in, but no shared cache may keep it (see next.config.mjs). */
function servePrivately(): NextResponse {
  const response = NextResponse.next();
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

export async function gateUnitPage(
  request: NextRequest,
  event: NextFetchEvent,
  { locale, moduleSlug, unitSlug, path, segmentPrefetch }: UnitPath,
) {
  const sid = await sessionIdFromCookies((name) => request.cookies.get(name)?.value);
  const current = sid ? await getSessionUser(sid) : null;
  // A visitor may read the open unit: still privately, since a signed-in learner's visit of the same
  // address must reach this gate to be recorded, which a page kept by a shared cache never would.
  if (!current && isOpenUnit(moduleSlug, unitSlug)) return servePrivately();
  // A visitor following a unit link ("Commencer le module") is told why on the sign-in page.
  if (!current) return NextResponse.redirect(new URL(signInPath(locale, path, "module"), request.url));
  if (!current.acceptedSitePolicy) return NextResponse.redirect(new URL(acceptPolicyPath(locale, path), request.url));
  const unit = getUnit(moduleSlug, unitSlug)?.unit;
  // Only a real visit counts as studying the unit. Next removes its router headers (RSC,
  // Next-Router-Prefetch, Next-Router-Segment-Prefetch…) before the proxy, so a router prefetch looks
  // like a visit here: links to units never prefetch (UnitLink). A browser's own prefetch says so.
  const h = request.headers;
  const isPrefetch = segmentPrefetch || /prefetch/.test(h.get("sec-purpose") ?? h.get("purpose") ?? "");
  if (unit && !isPrefetch) {
    event.waitUntil(
      recordUnitViewed(current.user.id, unit.id, now()).catch((error: unknown) =>
        logger.error({ err: error }, "could not record a unit view"),
      ),
    );
  }
  return servePrivately();
}
