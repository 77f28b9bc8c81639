// GET /api/me and POST /api/me/position: the personal part of the static pages, fetched by the browser,
// and where the learner stopped in a unit. Private to the session's learner, never kept by any cache.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { unitPositions } from "@/db/schema";
import { getCurrentSession } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { getAvailability } from "@/lib/content/availability";
import { compileMdxWithHeadings } from "@/lib/content/compile-mdx";
import { findUnitById, getCourse, localize } from "@/lib/content/load";
import { localeOf } from "@/lib/i18n/locales";
import { readRouteBody } from "@/lib/request-body";
import {
  summariseProgress,
  UNIT_POSITION_MAX_BYTES,
  unitPositionSchema,
  type MeAnswer,
  type PersonalSummary,
  type SavedPosition,
  type UnitPositionInput,
} from "./personal";
import { findProgress } from "./queries";
import { findAllTicks } from "@/lib/checklists/ticks";
import type { Track } from "@/lib/account/tracks";

/** Personal answers: for this browser only (a shared cache never keeps them, and a cookie changes them). */
export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", Vary: "Cookie" } as const;

export async function findPositions(userId: string): Promise<SavedPosition[]> {
  return db
    .select({
      unitId: unitPositions.unitId,
      sectionIndex: unitPositions.sectionIndex,
      videoSeconds: unitPositions.videoSeconds,
      updatedAt: unitPositions.updatedAt,
    })
    .from(unitPositions)
    .where(eq(unitPositions.userId, userId));
}

export async function getPersonalSummary(
  userId: string,
  track: Track,
  locale: string,
  now = clockNow(),
): Promise<PersonalSummary> {
  const course = getCourse();
  const [progress, positions] = await Promise.all([findProgress(userId), findPositions(userId)]);
  const modules = course.modules.map((m) => ({
    slug: m.slug,
    title: localize(m.title, locale),
    open: getAvailability(m.releaseDate, now).status === "open",
    inTrack: course.tracks[track].includes(m.slug),
    units: m.units.map((u) => ({ id: u.id, slug: u.slug, title: localize(u.title, locale) })),
  }));
  return summariseProgress(modules, progress, positions);
}

/** Saves where the learner stopped in a unit (one row per learner and unit); false for an unknown unit. */
export async function saveUnitPosition(userId: string, input: UnitPositionInput, now = clockNow()): Promise<boolean> {
  const found = findUnitById(input.unitId);
  if (!found) return false;
  const videoSeconds = Math.min(Math.floor(input.videoSeconds), found.unit.video.durationSeconds);
  await db
    .insert(unitPositions)
    .values({ userId, unitId: input.unitId, sectionIndex: input.section, videoSeconds, updatedAt: now })
    .onConflictDoUpdate({
      target: [unitPositions.userId, unitPositions.unitId],
      set: { sectionIndex: input.section, videoSeconds, updatedAt: sql`excluded.updated_at` },
    });
  return true;
}

/** Signed in or not, first name and progress; with no, an expired or a forged session: anonymous (200). */
export async function getMeResponse(request: Request): Promise<Response> {
  const locale = localeOf(new URL(request.url).searchParams.get("locale"));
  const current = await getCurrentSession();
  let answer: MeAnswer = { signedIn: false };
  if (current) {
    const { user } = current;
    const [summary, checklists] = await Promise.all([
      getPersonalSummary(user.id, user.track, locale),
      findAllTicks(user.id),
    ]);
    answer = {
      signedIn: true,
      firstName: user.firstName,
      sessionExpiresAt: current.expiresAt.toISOString(),
      checklists,
      ...summary,
    };
  }
  return Response.json(answer, { headers: PRIVATE_HEADERS });
}

export async function postPositionResponse(request: Request): Promise<Response> {
  const body = await readRouteBody(request, UNIT_POSITION_MAX_BYTES);
  if (body instanceof Response) return body;
  const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: PRIVATE_HEADERS });
  const current = await getCurrentSession();
  if (!current) return refuse(401, "sign-in required");
  if (!current.acceptedSitePolicy) return refuse(403, "site policy not accepted");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return refuse(400, "invalid JSON");
  }
  const parsed = unitPositionSchema.safeParse(json);
  if (!parsed.success) return refuse(400, "invalid position");
  if (!(await saveUnitPosition(current.user.id, parsed.data))) return refuse(404, "unknown unit");
  return new Response(null, { status: 204, headers: PRIVATE_HEADERS });
}

/** The dashboard's "Reprendre" line: the unit, and the section's title in this language or the video time. */
export async function getResumeView(userId: string, track: Track, locale: string, now = clockNow()) {
  const { resume } = await getPersonalSummary(userId, track, locale, now);
  if (!resume) return null;
  const found = findUnitById(resume.unitId);
  let sectionTitle: string | null = null;
  if (found && resume.section !== null) {
    const lang = localeOf(locale);
    const { headings } = await compileMdxWithHeadings(found.unit.mdx[lang], `${found.unit.dir}/${lang}.mdx`);
    sectionTitle = headings.filter((h) => h.depth === 2)[resume.section]?.text ?? null;
  }
  return { ...resume, sectionTitle };
}
