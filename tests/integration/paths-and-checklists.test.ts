// Paths per professional category (issue #20.3) and checklists saved to the account (#20.4): a steward's
// certificate attests the units their path requires and names the category; checklist ticks are the
// session learner's own, in /api/me, in the PDF, in the export, and gone with the account.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as checklistPdfRoute from "@/app/api/checklists/[checklistId]/pdf/route";
import { db } from "@/db/client";
import { checklistTicks } from "@/db/schema";
import { findTrackChanges } from "@/lib/account/profile";
import { trackChangeKey } from "@/lib/account/track-change";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import { toCertificateView, toSnapshot } from "@/lib/certificates/queries";
import { saveChecklistAction } from "@/lib/checklists/actions";
import { findAllTicks, findTicks } from "@/lib/checklists/ticks";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { exportUserData } from "@/lib/privacy/export-data";
import { getDashboard, getEligibility } from "@/lib/progress/queries";
import type { MeAnswer } from "@/lib/progress/personal";
import { answersFor, createLearner, submit } from "../support/factories";
import { ORIGIN, inRequest, openSession, presentSession, resetRequest } from "../support/next-request-mock";
import { extractPdfText } from "../support/pdf-text";

const plain = (value: string) => value.replaceAll("\u00A0", " ").replaceAll("\u202F", " ");
const PUBLIC_UNITS = ["m1-u1", "m1-u2", "m1-u3", "m1-u4", "m2-u1", "m2-u2", "m2-u3", "m2-u4"];

async function validate(userId: string, units: string[]) {
  for (const id of units) await submit(userId, id, answersFor(id, true));
}

describe("the steward path", () => {
  it("needs units 1 and 3 of module 3, and the certificate lists them and names the category", async () => {
    const steward = await createLearner({
      track: "professional",
      professionalCategory: "security_staff",
      firstName: "Inès",
      lastName: "Martin",
    });
    await validate(steward.id, [...PUBLIC_UNITS, "m3-u1"]);
    expect(await getEligibility(steward.id, "professional", "security_staff")).toEqual({
      eligible: false,
      missing: [{ moduleSlug: "professionnels", unitIds: ["m3-u3"] }],
    });
    const dashboard = await getDashboard(steward.id, "professional", "security_staff", "fr", new Date());
    const m3 = dashboard.modules.find((m) => m.slug === "professionnels")!;
    expect(m3.units.map((u) => [u.id, u.required])).toEqual([
      ["m3-u1", true],
      ["m3-u2", false],
      ["m3-u3", true],
      ["m3-u4", false],
    ]);
    expect(dashboard.next?.unitSlug).toBe("securiser-un-evenement");

    await validate(steward.id, ["m3-u3"]);
    const issued = await issueCertificate(steward.id, printedName(steward));
    if (!issued.ok) throw new Error(`not issued: ${issued.error}`);
    const cert = issued.certificate;
    expect(cert.professionalCategory).toBe("security_staff");
    expect(cert.moduleVersions[2]).toMatchObject({
      unitIds: ["m3-u1", "m3-u3"],
      categoryPath: true,
      durationMinutes: 21,
    });

    const text = plain(await extractPdfText(await renderCertificatePdf(toSnapshot(cert))));
    expect(text).toContain("Catégorie professionnelle : Agent de sécurité ou membre d'un service d'ordre (stadier)");
    expect(text).toContain("exigée pour sa catégorie professionnelle");
    expect(text).toContain("3.1 Cadre et responsabilités");
    expect(text).toContain("3.3 Sécuriser un rassemblement ou un événement");
    const view = toCertificateView(cert, "en");
    expect(view.categoryLabel).toBe("Professional category: Security agent or event steward");
    expect(view.modules[2]).toMatchObject({
      path: true,
      units: ["Framework and responsibilities", "Securing a gathering or event"],
    });
  });

  it("previews a switch to the professional track on the path of the category chosen with it", async () => {
    const learner = await createLearner({ track: "public" });
    await validate(learner.id, [...PUBLIC_UNITS, "m3-u1"]);
    const changes = new Map((await findTrackChanges(learner)).map((c) => [trackChangeKey(c), c]));
    expect(changes.get("professional:security_staff")?.missing).toEqual([
      { moduleSlug: "professionnels", unitIds: ["m3-u3"] },
    ]);
    expect(changes.get("professional:erp_manager")?.missing).toEqual([
      { moduleSlug: "professionnels", unitIds: ["m3-u2", "m3-u3"] },
    ]);
    // Before a category is chosen: every unit of module 3.
    expect(changes.get("professional")?.missing).toEqual([
      { moduleSlug: "professionnels", unitIds: ["m3-u2", "m3-u3", "m3-u4"] },
    ]);
  });

  it("does not make a local official eligible with the steward's units", async () => {
    const mayor = await createLearner({ track: "professional", professionalCategory: "local_official" });
    await validate(mayor.id, [...PUBLIC_UNITS, "m3-u1", "m3-u3"]);
    expect(await issueCertificate(mayor.id, printedName(mayor))).toEqual({ ok: false, error: "notEligible" });
  });
});

describe("checklists saved to the account", () => {
  beforeEach(() => resetRequest());

  async function save(form: Record<string, string | string[]>) {
    const data = new FormData();
    for (const [key, value] of Object.entries(form))
      for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
    const answer = await inRequest(() => saveChecklistAction(undefined, data));
    if ("thrown" in answer) throw answer.thrown;
    return answer.value;
  }

  it("saves, replaces and clears the session learner's ticks only", async () => {
    const learner = await createLearner({ track: "professional" });
    const other = await createLearner();
    presentSession(await openSession(learner));
    expect(await save({ locale: "fr", checklistId: "m3-u2-site", item: ["4", "0", "4", "9"] })).toEqual({
      ok: true,
      data: undefined,
    });
    expect((await findTicks(learner.id, "m3-u2-site"))?.ticked).toEqual([0, 4, 9]);
    await save({ locale: "fr", checklistId: "m3-u2-site", item: "2" });
    expect((await findTicks(learner.id, "m3-u2-site"))?.ticked).toEqual([2]);
    expect(await save({ locale: "fr", checklistId: "m9-u9-none", item: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { checklistId: ["checklistUnknown"] },
    });
    expect(await findAllTicks(other.id)).toEqual({});
    await save({ locale: "fr", checklistId: "m3-u2-site" });
    expect(await findTicks(learner.id, "m3-u2-site")).toBeNull();
  });

  it("comes back in /api/me, in the PDF (own ticks only) and in the export, and goes with the account", async () => {
    const learner = await createLearner({ track: "professional", firstName: "Léa", lastName: "Bernard" });
    const session = await openSession(learner);
    presentSession(session);
    await save({ locale: "fr", checklistId: "m3-u3-event", item: ["1", "3"] });

    const me = await inRequest(() => meRoute.GET(new Request(`${ORIGIN}/api/me?locale=fr`)));
    if ("thrown" in me) throw me.thrown;
    const answer = (await me.value.json()) as Extract<MeAnswer, { signedIn: true }>;
    expect(answer.checklists).toEqual({ "m3-u3-event": [1, 3] });

    const pdf = await inRequest(() =>
      checklistPdfRoute.GET(new Request(`${ORIGIN}/api/checklists/m3-u3-event/pdf?locale=en`), {
        params: Promise.resolve({ checklistId: "m3-u3-event" }),
      }),
    );
    if ("thrown" in pdf) throw pdf.thrown;
    expect(pdf.value.status).toBe(200);
    expect(pdf.value.headers.get("cache-control")).toBe("no-store");
    const text = plain(await extractPdfText(new Uint8Array(await pdf.value.arrayBuffer())));
    expect(text).toContain("Léa Bernard's list");
    expect(text).toContain("2 of 10 ticked");

    presentSession(null);
    const anonymous = await inRequest(() =>
      checklistPdfRoute.GET(new Request(`${ORIGIN}/api/checklists/m3-u3-event/pdf`), {
        params: Promise.resolve({ checklistId: "m3-u3-event" }),
      }),
    );
    if ("thrown" in anonymous) throw anonymous.thrown;
    expect(anonymous.value.status).toBe(401);

    expect((await exportUserData(learner.id))?.checklistTicks).toMatchObject([
      { checklistId: "m3-u3-event", ticked: [1, 3] },
    ]);
    await deleteAccount(learner, "self");
    expect(await db.select().from(checklistTicks).where(eq(checklistTicks.userId, learner.id))).toEqual([]);
  });
});
