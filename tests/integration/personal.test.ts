// GET /api/me (the personal part of the static pages) and POST /api/me/position (where a learner stopped
// in a unit): the session's own learner only, anonymous for no, an expired or a forged session, and a
// position for a unit that no longer exists ignored.
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as positionRoute from "@/app/api/me/position/route";
import { db } from "@/db/client";
import { unitPositions, type User } from "@/db/schema";
import { setClockForTests } from "@/lib/clock";
import { getCourse } from "@/lib/content/load";
import { getResumeView, getPersonalSummary } from "@/lib/progress/me";
import type { MeAnswer } from "@/lib/progress/personal";
import { answersFor, createLearner, studyUnit, submit } from "../support/factories";
import {
  ORIGIN,
  SESSION_COOKIE,
  inRequest,
  openSession,
  presentSession,
  resetRequest,
  sessionCookieFor,
  setCookie,
} from "../support/next-request-mock";

let learner: User;
let other: User;

beforeAll(async () => {
  learner = await createLearner({ firstName: "Inès" });
  other = await createLearner({ firstName: "Hugo" });
  await submit(learner.id, "m1-u1", answersFor("m1-u1", true));
  await submit(learner.id, "m1-u2", answersFor("m1-u2", false));
  await studyUnit(learner.id, "m1-u3");
});

afterEach(() => setClockForTests(null));

async function askMe(locale = "fr"): Promise<{ res: Response; me: MeAnswer }> {
  const answer = await inRequest(() => meRoute.GET(new Request(`${ORIGIN}/api/me?locale=${locale}`)));
  if ("thrown" in answer) throw answer.thrown;
  return { res: answer.value, me: (await answer.value.clone().json()) as MeAnswer };
}

async function postPosition(body: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`${ORIGIN}/api/me/position`, {
    method: "POST",
    body,
    headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json", ...headers },
  });
  const answer = await inRequest(() => positionRoute.POST(request));
  if ("thrown" in answer) throw answer.thrown;
  return answer.value;
}

async function signedInAs(user: User) {
  resetRequest();
  presentSession(await openSession(user));
}

describe("GET /api/me", () => {
  it("answers a visitor, an expired and a forged session anonymously (200), never cached", async () => {
    resetRequest();
    let { res, me } = await askMe();
    expect(res.status).toBe(200);
    expect(me).toEqual({ signedIn: false });
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("vary")).toBe("Cookie");

    resetRequest();
    setCookie(SESSION_COOKIE, await sessionCookieFor(randomBytes(32).toString("base64url")));
    ({ res, me } = await askMe());
    expect([res.status, me]).toEqual([200, { signedIn: false }]);

    resetRequest();
    setCookie(SESSION_COOKIE, "not-a-token");
    ({ res, me } = await askMe());
    expect([res.status, me]).toEqual([200, { signedIn: false }]);

    await signedInAs(learner);
    setClockForTests(() => new Date(Date.now() + 13 * 3600_000));
    ({ res, me } = await askMe());
    expect([res.status, me]).toEqual([200, { signedIn: false }]);
  });

  it("gives the signed-in learner their own first name, unit statuses, module progress and next unit", async () => {
    await signedInAs(learner);
    const { me } = await askMe("fr");
    if (!me.signedIn) throw new Error("anonymous");
    expect(me.firstName).toBe("Inès");
    expect(me.units["m1-u1"]).toMatchObject({ status: "validated", scorePercent: 100 });
    expect(me.units["m1-u2"]?.status).toBe("failed");
    expect(me.units["m1-u3"]?.status).toBe("studied");
    expect(me.units["m1-u4"]?.status).toBe("not_started");
    expect(me.modules["comprendre-la-menace"]).toMatchObject({ validated: 1, total: 4, percent: 25 });
    expect(me.next).toMatchObject({ unitId: "m1-u2", moduleSlug: "comprendre-la-menace" });
    expect(me.next?.title).toBe("Modes opératoires et cibles");
    expect((await askMe("en")).me).toMatchObject({ next: { title: "Methods of attack and targets" } });

    await signedInAs(other);
    const theirs = (await askMe()).me;
    if (!theirs.signedIn) throw new Error("anonymous");
    expect(theirs.firstName).toBe("Hugo");
    expect(theirs.units["m1-u1"]?.status).toBe("not_started");
    expect(theirs.resume).toBeNull();
  });
});

describe("POST /api/me/position", () => {
  it("saves the section and video time, read back on any device (another session), and overwrites", async () => {
    await signedInAs(learner);
    expect((await postPosition(JSON.stringify({ unitId: "m1-u3", section: 2, videoSeconds: 41.7 }))).status).toBe(204);
    await signedInAs(learner); // another browser
    let { me } = await askMe();
    if (!me.signedIn) throw new Error("anonymous");
    expect(me.units["m1-u3"]?.position).toEqual({ section: 2, videoSeconds: 41 });
    expect(me.resume).toMatchObject({ unitId: "m1-u3", section: 2, videoSeconds: 41 });

    expect((await postPosition(JSON.stringify({ unitId: "m1-u3", section: null, videoSeconds: 9999 }))).status).toBe(
      204,
    );
    ({ me } = await askMe());
    if (!me.signedIn) throw new Error("anonymous");
    // Never past the end of the video.
    const videoEnd = getCourse().modules[0]!.units[2]!.video.durationSeconds;
    expect(videoEnd).toBeLessThan(9999);
    expect(me.units["m1-u3"]?.position).toEqual({ section: null, videoSeconds: videoEnd });

    await signedInAs(other);
    const theirs = (await askMe()).me;
    expect(theirs.signedIn && theirs.units["m1-u3"]?.position).toBeNull();
  });

  it("ignores a stored position for a unit that no longer exists", async () => {
    await db
      .insert(unitPositions)
      .values({ userId: other.id, unitId: "m9-u9", sectionIndex: 1, videoSeconds: 5, updatedAt: new Date() });
    await signedInAs(other);
    const { res, me } = await askMe();
    expect(res.status).toBe(200);
    if (!me.signedIn) throw new Error("anonymous");
    expect(me.resume).toBeNull();
    expect(me.units).not.toHaveProperty("m9-u9");
    expect(await getResumeView(other.id, other.track, "fr")).toBeNull();
  });

  it("refuses without a session, from another site, too large, malformed or for an unknown unit, writing nothing", async () => {
    const body = JSON.stringify({ unitId: "m1-u4", section: 1, videoSeconds: 3 });
    resetRequest();
    expect((await postPosition(body)).status).toBe(401);
    await signedInAs(learner);
    expect((await postPosition(body, { origin: "https://evil.example" })).status).toBe(403);
    expect((await postPosition(JSON.stringify({ unitId: "m1-u4", pad: "x".repeat(2000) }))).status).toBe(413);
    expect((await postPosition("{")).status).toBe(400);
    expect((await postPosition(JSON.stringify({ unitId: "m1-u4", section: -1, videoSeconds: 3 }))).status).toBe(400);
    const unknown = await postPosition(JSON.stringify({ unitId: "m9-u9", section: 1, videoSeconds: 3 }));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "unknown unit" });
    const summary = await getPersonalSummary(learner.id, learner.track, "fr");
    expect(summary.units["m1-u4"]?.position).toBeNull();
  });

  it("names the section to resume in the dashboard's language", async () => {
    await signedInAs(learner);
    expect((await postPosition(JSON.stringify({ unitId: "m1-u2", section: 1, videoSeconds: 0 }))).status).toBe(204);
    const fr = await getResumeView(learner.id, learner.track, "fr");
    const en = await getResumeView(learner.id, learner.track, "en");
    expect(fr).toMatchObject({ unitId: "m1-u2", section: 1 });
    expect(fr?.sectionTitle).toBeTruthy();
    expect(en?.sectionTitle).toBeTruthy();
    expect(fr?.sectionTitle).not.toBe(en?.sectionTitle);
  });
});
