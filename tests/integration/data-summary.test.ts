import { describe, expect, it } from "vitest";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { findUnitById, localize } from "@/lib/content/load";
import { authenticate } from "@/lib/auth/sign-in";
import { createDataRequest } from "@/lib/privacy/data-requests";
import { exportUserData } from "@/lib/privacy/export-data";
import { getDataSummary, summarise } from "@/lib/privacy/summary";
import { answerInvitation, createInvitationLink } from "@/lib/organisations/invitations";
import { createOrganisation } from "@/lib/organisations/organisations";
import { getChecklists } from "@/lib/checklists/catalogue";
import { saveTicks } from "@/lib/checklists/ticks";
import { moveDataRequest, verifyIdentity } from "@/lib/staff/request-steps";
import { makeStaff } from "../support/staff";
import { PASSWORD, answersFor, createLearner, submit, validateTrack } from "../support/factories";

const m1u1 = findUnitById("m1-u1")!.unit;
const choiceText = (questionId: string, choiceId: string, locale: "fr" | "en") => {
  const question = m1u1.quiz.questions.find((q) => q.id === questionId)!;
  return localize(question.choices.find((c) => c.id === choiceId)!.text, locale);
};

async function learnerWithEverything() {
  const user = await createLearner({ firstName: "Zoé", lastName: "N'Diaye" });
  await authenticate(user.username, PASSWORD, "10.8.8.8");
  await submit(user.id, "m1-u1", answersFor("m1-u1", false));
  await validateTrack(user);
  await issueCertificate(user.id, printedName(user));
  await createDataRequest(user, "access", "Je voudrais une copie lisible de mes données.");
  return user;
}

describe("readable summary of one's data", () => {
  it("names every unit, and gives each quiz answer as the text of the choices, in the learner's language", async () => {
    const user = await learnerWithEverything();
    const wrong = answersFor("m1-u1", false);
    const right = answersFor("m1-u1", true);
    for (const locale of ["fr", "en"] as const) {
      const summary = (await getDataSummary(user.id, locale, new Date()))!;
      const unit = summary.units.find((u) => u.unitId === "m1-u1")!;
      expect(unit.title).toBe(localize(m1u1.title, locale));
      expect(unit.firstViewedAt).toBeInstanceOf(Date);
      expect(unit.validatedAt).toBeInstanceOf(Date);
      expect(unit.bestScorePercent).toBe(100);
      const [failed, passed] = unit.attempts;
      expect(failed).toMatchObject({ passed: false });
      expect(passed).toMatchObject({ passed: true, scorePercent: 100 });
      for (const [attempt, answers] of [
        [failed!, wrong],
        [passed!, right],
      ] as const) {
        expect(attempt.answers.length).toBeGreaterThan(0);
        for (const a of attempt.answers) {
          const question = m1u1.quiz.questions.find((q) => q.id === a.questionId)!;
          expect(a.prompt).toBe(localize(question.prompt, locale));
          expect(a.chosen).toEqual(answers[a.questionId]!.map((id) => choiceText(a.questionId, id, locale)));
        }
      }
      // Every unit of the track, in course order.
      expect(summary.units.map((u) => u.unitId)).toEqual([
        "m1-u1",
        "m1-u2",
        "m1-u3",
        "m1-u4",
        "m2-u1",
        "m2-u2",
        "m2-u3",
        "m2-u4",
      ]);
    }
  });

  it("holds who the learner is, consents with dates, certificates, requests, sessions and emails", async () => {
    const user = await learnerWithEverything();
    const summary = (await getDataSummary(user.id, "fr", new Date()))!;
    expect(summary.profile).toMatchObject({ firstName: "Zoé", lastName: "N'Diaye", username: user.username });
    expect(summary.consents.map((c) => c.kind).sort()).toEqual(["cookies", "privacy", "site"]);
    for (const c of summary.consents) expect(c.acceptedAt).toBeInstanceOf(Date);
    expect(summary.certificates).toEqual([expect.objectContaining({ track: "public", name: "Zoé N'Diaye" })]);
    expect(summary.dataRequests).toEqual([
      expect.objectContaining({ kind: "access", status: "received", message: expect.stringContaining("lisible") }),
    ]);
    expect(summary.sessions).toHaveLength(1);
    expect(summary.sessions[0]).toMatchObject({ active: true });
    expect(summary.emails.map((e) => e.subject).join(" | ")).toContain("délégué à la protection des données");
    const later = (await getDataSummary(user.id, "fr", new Date(Date.now() + 24 * 3600_000)))!;
    expect(later.sessions[0]).toMatchObject({ active: false });
  });

  it("keeps the ids of a question or choice that has left the course, and says so", async () => {
    const user = await createLearner();
    await submit(user.id, "m1-u1", answersFor("m1-u1", false));
    const data = (await exportUserData(user.id))!;
    const attempt = data.quizAttempts[0]!;
    attempt.answers = { "m1-u1-q999": ["gone"], [attempt.questionOrder[0]!.questionId]: ["no-such-choice"] };
    const unit = summarise(data, "en", new Date()).units[0]!;
    expect(unit.attempts[0]!.answers).toEqual([
      expect.objectContaining({ chosen: ["no-such-choice"] }),
      { questionId: "m1-u1-q999", prompt: null, chosen: ["gone"] },
    ]);
  });

  it("lists the organisations the learner belongs to, with their role and when they agreed to share", async () => {
    const manager = await createLearner({ track: "professional" });
    const org = await createOrganisation(manager, { name: "Stade des Ormes", kind: "erp" });
    const learner = await createLearner();
    await answerInvitation(learner, (await createInvitationLink(manager, org!.id))!, "join");
    const summary = (await getDataSummary(learner.id, "fr", new Date()))!;
    expect(summary.organisations).toEqual([
      { name: "Stade des Ormes", kind: "erp", role: "member", consentedAt: expect.any(Date) },
    ]);
    expect((await getDataSummary(manager.id, "fr", new Date()))!.organisations[0]?.role).toBe("manager");
  });

  it("tells each step of a request to the DPO, with the team's message but not who took it", async () => {
    const user = await createLearner();
    const staff = await makeStaff(await createLearner());
    const request = await createDataRequest(user, "access", "Je voudrais une copie de mes données.");
    expect(await verifyIdentity(staff.id, request.id, "signed_in_account")).toMatchObject({ ok: true });
    expect(await moveDataRequest(staff.id, request.id, "in_progress")).toEqual({ ok: true });
    expect(await moveDataRequest(staff.id, request.id, "answered", "Votre copie vous a été envoyée.")).toEqual({
      ok: true,
    });
    const [summarised] = (await getDataSummary(user.id, "fr", new Date()))!.dataRequests;
    expect(summarised!.status).toBe("answered");
    expect(summarised!.history.map((e) => [e.step, e.toStatus ?? e.identityMethod])).toEqual([
      ["recorded", "received"],
      ["identity_verified", "signed_in_account"],
      ["status", "in_progress"],
      ["status", "answered"],
    ]);
    expect(summarised!.history.at(-1)!.note).toBe("Votre copie vous a été envoyée.");
    expect(JSON.stringify(summarised)).not.toContain(staff.id);
  });

  it("lists the checklist items ticked, in the learner's language, and an item the course has dropped by its number", async () => {
    const user = await createLearner();
    const [checklist] = getChecklists();
    await saveTicks(user.id, checklist!.id, [0, 2, 99], new Date());
    for (const locale of ["fr", "en"] as const) {
      const [ticks] = (await getDataSummary(user.id, locale, new Date()))!.checklists;
      expect(ticks).toMatchObject({
        checklistId: checklist!.id,
        title: localize(checklist!.title, locale),
        unitTitle: localize(findUnitById(checklist!.unitId)!.unit.title, locale),
        ticked: [checklist!.items[locale][0], checklist!.items[locale][2], "#100"],
        total: checklist!.items[locale].length,
      });
    }
  });

  it("is null for an unknown account", async () => {
    expect(await getDataSummary("00000000-0000-0000-0000-000000000000", "fr", new Date())).toBeNull();
  });
});
