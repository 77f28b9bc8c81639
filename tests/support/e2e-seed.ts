// Seeds the end-to-end database before the server starts (PGlite allows one process at a time):
// a learner one unit away from the certificate, and a learner who must accept a new site policy.
// Seeded learners opened the lessons their journeys use a day earlier, so those quizzes are open
// (the minimum study time, lib/progress/study-time.ts, counts from the first view); the journeys of
// people who register during a test wait for real.
import { eq } from "drizzle-orm";
import { closeDatabase, db } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import {
  dataRequests,
  emailTokens,
  organisationMembers,
  policyAcceptances,
  policyVersions,
  staffSecondFactors,
  users,
} from "../../db/schema";
import { encryptTotpSecret } from "../../lib/auth/second-factor";
import { hashPassword } from "../../lib/auth/password";
import { getCourse } from "../../lib/content/load";
import { writeFileSync } from "node:fs";
import { issueCertificate, printedName } from "../../lib/certificates/issue";
import { E2E_PASSWORD, E2E_TOTP_SECRET, E2E_USERS, FIXTURES_FILE } from "./e2e-users";
import { recordUnitViewed } from "../../lib/progress/queries";
import { answersFor, submit, validateTrack } from "./factories";
import { createSession, RECENT_AUTH_MS } from "../../lib/auth/sessions";
import { createOrganisation } from "../../lib/organisations/organisations";
import { runStatisticsRollup } from "../../lib/statistics/rollup";

const YESTERDAY = new Date(Date.now() - 24 * 60 * 60 * 1000);

/** The learner opened these lessons yesterday. */
async function openedYesterday(userId: string, unitIds: string[]) {
  for (const unitId of unitIds) await recordUnitViewed(userId, unitId, YESTERDAY);
}

async function createConfirmed(username: string, firstName: string, lastName: string) {
  const [user] = await db
    .insert(users)
    .values({
      firstName,
      lastName,
      username,
      email: `${username}@example.org`,
      passwordHash: await hashPassword(E2E_PASSWORD),
      track: "public",
      ageConfirmedAt: new Date(),
      emailVerifiedAt: new Date(),
    })
    .returning();
  if (!user) throw new Error("seed failed");
  const versions = await db.select().from(policyVersions);
  for (const v of versions) await db.insert(policyAcceptances).values({ userId: user.id, policyVersionId: v.id });
  return user;
}

const ORGANISATION_USERS = [
  E2E_USERS.orgManager,
  E2E_USERS.orgMember,
  E2E_USERS.orgOtherManager,
  E2E_USERS.organiserFr,
  E2E_USERS.inviteeFr1,
  E2E_USERS.inviteeFr2,
  E2E_USERS.inviteeFr3,
  E2E_USERS.organiserEn,
  E2E_USERS.inviteeEn1,
  E2E_USERS.inviteeEn2,
  E2E_USERS.inviteeEn3,
];

/** Professional organisers, their invitees, and the matrix's two organisations; returns the first one's id. */
async function seedOrganisations(): Promise<string> {
  const professional = async (username: string, firstName: string, lastName: string) => {
    const user = await createConfirmed(username, firstName, lastName);
    const [pro] = await db
      .update(users)
      .set({ track: "professional", professionalCategory: "event_organiser" })
      .where(eq(users.id, user.id))
      .returning();
    return pro!;
  };
  const manager = await professional(E2E_USERS.orgManager, "Charles", "Chef");
  const member = await createConfirmed(E2E_USERS.orgMember, "Mina", "Membre");
  const otherManager = await professional(E2E_USERS.orgOtherManager, "Agathe", "Autrechef");
  const org = await createOrganisation(manager, { name: "Stade des Ormes", kind: "erp" });
  await createOrganisation(otherManager, { name: "Mairie de Plouha", kind: "commune" });
  await db
    .insert(organisationMembers)
    .values({ organisationId: org!.id, userId: member.id, role: "member", consentedAt: new Date() });
  await professional(E2E_USERS.organiserFr, "Odile", "Organisatrice");
  await professional(E2E_USERS.organiserEn, "Owen", "Organiser");
  for (const [username, first, last] of [
    [E2E_USERS.inviteeFr1, "Bérénice", "Bénévole"],
    [E2E_USERS.inviteeFr2, "Noël", "Bénévole"],
    [E2E_USERS.inviteeFr3, "Refus", "Bénévole"],
    [E2E_USERS.inviteeEn1, "Saoirse", "Steward"],
    [E2E_USERS.inviteeEn2, "Tom", "Steward"],
    [E2E_USERS.inviteeEn3, "Declan", "Steward"],
  ] as const)
    await createConfirmed(username, first, last);
  return org!.id;
}

async function main() {
  await migrateDatabase();
  const nearlyDone = await createConfirmed(E2E_USERS.nearlyDone, "Zoë", "Œlschläger-N'Diaye");
  const course = getCourse();
  for (const slug of course.tracks.public) {
    for (const unit of course.modules.find((m) => m.slug === slug)?.units ?? []) {
      if (unit.id !== "m2-u4") await submit(nearlyDone.id, unit.id, answersFor(unit.id, true));
    }
  }
  await openedYesterday(nearlyDone.id, ["m2-u4"]);
  await createConfirmed(E2E_USERS.policy, "Paul", "Martin");
  const other = await createConfirmed(E2E_USERS.other, "Autre", "Personne");
  await openedYesterday(other.id, ["m1-u1"]);
  await createConfirmed(E2E_USERS.reset, "Rémi", "Oubli");
  // Not m1-u4: the no-JavaScript journey checks that a quiz sent before studying is refused, answers kept.
  const nojs = await createConfirmed(E2E_USERS.nojs, "Nora", "Sansjs");
  await openedYesterday(nojs.id, ["m1-u3"]);
  const keyboard = await createConfirmed(E2E_USERS.keyboard, "Kim", "Clavier");
  await openedYesterday(keyboard.id, ["m1-u1"]);
  await createConfirmed(E2E_USERS.sessions, "Sacha", "Session");
  await createConfirmed(E2E_USERS.forms, "Fanny", "Formulaire");
  await createConfirmed(E2E_USERS.leaving, "Dana", "Départ");
  await createConfirmed(E2E_USERS.dpoRequester, "Dominique", "Demande");
  const dpoEn = await createConfirmed(E2E_USERS.dpoRequesterEn, "Dylan", "Request");
  await db.update(users).set({ locale: "en" }).where(eq(users.id, dpoEn.id));
  // An objection left unanswered for 40 days: the DPO queue lists it first, marked overdue (dpo-queue.spec.ts).
  await db.insert(dataRequests).values({
    userId: other.id,
    kind: "objection",
    message: "Je m'oppose à l'envoi de rappels par courriel.",
    createdAt: new Date(Date.now() - 40 * 24 * 3600 * 1000),
  });
  // Signed-in pages of the RGAA sample (tests/e2e/rgaa.spec.ts): only reads them.
  await createConfirmed(E2E_USERS.audit, "Alex", "Audit");
  // The completion journey (completion.spec.ts) fails then passes the first two units of module 1.
  const reviewer = await createConfirmed(E2E_USERS.reviewer, "Rita", "Relecture");
  await openedYesterday(reviewer.id, ["m1-u1", "m1-u2"]);
  // The personal-pages journey: unit 1 validated, unit 2's lesson opened.
  const resume = await createConfirmed(E2E_USERS.resume, "Rose", "Reprise");
  await submit(resume.id, "m1-u1", answersFor("m1-u1", true));
  await openedYesterday(resume.id, ["m1-u2"]);
  const owner = await createConfirmed(E2E_USERS.certOwner, "Olga", "Propriétaire");
  await validateTrack(owner);
  const issued = await issueCertificate(owner.id, printedName(owner));
  if (!issued.ok) throw new Error("seed certificate not issued");
  // The certificates journey (certificates.spec.ts): a general-public certificate each, then a track switch.
  for (const [username, locale, first, last] of [
    [E2E_USERS.switchFr, "fr", "Inès", "Lefèvre"],
    [E2E_USERS.switchEn, "en", "Oliver", "O'Brien"],
  ] as const) {
    const learner = await createConfirmed(username, first, last);
    await db.update(users).set({ locale }).where(eq(users.id, learner.id));
    await validateTrack(learner);
    if (!(await issueCertificate(learner.id, printedName(learner))).ok) throw new Error("seed certificate not issued");
  }
  // The trust journey (trust-journey.spec.ts), one per language: every general-public unit validated but
  // m1-u2 (failed, then passed, in the test) and m2-u4 (the last one), both lessons opened yesterday.
  for (const [username, locale, first, last] of [
    [E2E_USERS.journeyFr, "fr", "Amélie", "N'Guessan"],
    [E2E_USERS.journeyEn, "en", "Siobhán", "O'Neill"],
  ] as const) {
    const learner = await createConfirmed(username, first, last);
    await db.update(users).set({ locale }).where(eq(users.id, learner.id));
    for (const slug of course.tracks.public) {
      for (const unit of course.modules.find((m) => m.slug === slug)?.units ?? []) {
        if (unit.id !== "m1-u2" && unit.id !== "m2-u4") await submit(learner.id, unit.id, answersFor(unit.id, true));
      }
    }
    await openedYesterday(learner.id, ["m1-u2", "m2-u4"]);
  }
  // accountability.spec.ts: a professional (local official) certificate, and an account deleted during the spec.
  const pro = await createConfirmed(E2E_USERS.proCertificate, "Aurélien", "Maire-Adjoint");
  await db
    .update(users)
    .set({ track: "professional", professionalCategory: "local_official" })
    .where(eq(users.id, pro.id));
  await validateTrack({ ...pro, track: "professional" });
  if (!(await issueCertificate(pro.id, printedName(pro))).ok) throw new Error("seed certificate not issued");
  await createConfirmed(E2E_USERS.erased, "Éloïse", "Effacée");
  // paths.spec.ts: stewards with modules 1–2 and unit 3.1 validated, unit 3.3 opened yesterday.
  for (const [name, firstName, locale] of [
    [E2E_USERS.stewardFr, "Inès", "fr"],
    [E2E_USERS.stewardEn, "Owen", "en"],
  ] as const) {
    const steward = await createConfirmed(name, firstName, "Stadier");
    await db
      .update(users)
      .set({ track: "professional", professionalCategory: "security_staff", locale })
      .where(eq(users.id, steward.id));
    for (const slug of course.tracks.public)
      for (const unit of course.modules.find((m) => m.slug === slug)?.units ?? [])
        await submit(steward.id, unit.id, answersFor(unit.id, true));
    await submit(steward.id, "m3-u1", answersFor("m3-u1", true));
    await openedYesterday(steward.id, ["m3-u3"]);
  }
  const staff = await createConfirmed(E2E_USERS.staff, "Sam", "Équipe");
  await db.update(users).set({ role: "staff" }).where(eq(users.id, staff.id));
  // Its authenticator holds a secret the tests know (tests/e2e/helpers.ts computes the codes).
  await db
    .insert(staffSecondFactors)
    .values({ userId: staff.id, secretCiphertext: encryptTotpSecret(E2E_TOTP_SECRET), confirmedAt: new Date() });
  for (const [name, first] of [
    [E2E_USERS.staffNewFr, "Noé"],
    [E2E_USERS.staffNewEn, "Nell"],
  ] as const) {
    const fresh = await createConfirmed(name, first, "Équipe");
    await db.update(users).set({ role: "staff" }).where(eq(users.id, fresh.id));
  }
  await createConfirmed(E2E_USERS.publishReader, "Léa", "Lectrice");
  // rectification.spec.ts and the action-authorisation matrix: a certified misspelt name, a request to fix it.
  let rectifyCode = "";
  for (const [username, first, last] of [
    [E2E_USERS.rectify, "Margaux", "Lefebre"],
    [E2E_USERS.rectifyMatrix, "Mathis", "Matrisse"],
  ] as const) {
    const learner = await createConfirmed(username, first, last);
    await validateTrack(learner);
    const certified = await issueCertificate(learner.id, printedName(learner));
    if (!certified.ok) throw new Error("seed certificate not issued");
    rectifyCode ||= certified.certificate.verificationCode;
    await db
      .insert(dataRequests)
      .values({ userId: learner.id, kind: "rectification", message: `Mon nom s'écrit autrement que ${last}.` });
  }
  // A learner back from a pause longer than the recent-sign-in window (tests/e2e/trust-details.spec.ts):
  // sessions signed in twice that window ago (one per language tested), whose ids the test puts in a cookie.
  const paused = await createConfirmed(E2E_USERS.paused, "Pia", "Pause");
  const pausedAt = new Date(Date.now() - 2 * RECENT_AUTH_MS);
  const pausedSessions = { fr: await createSession(paused.id, pausedAt), en: await createSession(paused.id, pausedAt) };
  // The keyboard pass over every form (tests/e2e/keyboard-forms.spec.ts); the policy one is left with
  // the new site policy to accept, the certificate one eligible.
  await createConfirmed(E2E_USERS.kbdAccount, "Kenza", "Touches");
  await createConfirmed(E2E_USERS.kbdReset, "Kofi", "Oubli");
  await createConfirmed(E2E_USERS.kbdLeaving, "Karl", "Départ");
  await createConfirmed(E2E_USERS.kbdPolicy, "Katia", "Politique");
  await validateTrack(await createConfirmed(E2E_USERS.kbdCertificate, "Kévin", "Diplômé"));
  const organisationId = await seedOrganisations();
  writeFileSync(
    FIXTURES_FILE,
    JSON.stringify({
      ownerCertificateCode: issued.certificate.verificationCode,
      pausedSessions,
      rectifyCode,
      organisationId,
    }),
  );
  await db
    .insert(policyVersions)
    .values({ kind: "site", version: "2026-11-20", publishedAt: new Date("2026-11-20T00:00:00Z") });
  // Everyone but the policy tester accepts the new version.
  const [latest] = await db.select().from(policyVersions).where(eq(policyVersions.version, "2026-11-20"));
  for (const name of [
    E2E_USERS.nearlyDone,
    E2E_USERS.other,
    E2E_USERS.reset,
    E2E_USERS.nojs,
    E2E_USERS.keyboard,
    E2E_USERS.certOwner,
    E2E_USERS.staff,
    E2E_USERS.sessions,
    E2E_USERS.leaving,
    E2E_USERS.audit,
    E2E_USERS.reviewer,
    E2E_USERS.resume,
    E2E_USERS.switchFr,
    E2E_USERS.switchEn,
    E2E_USERS.paused,
    E2E_USERS.forms,
    E2E_USERS.journeyFr,
    E2E_USERS.journeyEn,
    E2E_USERS.kbdAccount,
    E2E_USERS.kbdReset,
    E2E_USERS.kbdLeaving,
    E2E_USERS.kbdCertificate,
    E2E_USERS.staffNewFr,
    E2E_USERS.staffNewEn,
    E2E_USERS.publishReader,
    E2E_USERS.dpoRequesterEn,
    E2E_USERS.stewardFr,
    E2E_USERS.stewardEn,
    ...ORGANISATION_USERS,
  ]) {
    const [u] = await db.select().from(users).where(eq(users.username, name));
    if (u && latest) await db.insert(policyAcceptances).values({ userId: u.id, policyVersionId: latest.id });
  }
  // The staff statistics (staff-console.spec.ts) read rollups: built once here, as the job would.
  await runStatisticsRollup();
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- every seeded token goes: the journeys ask for their own
  await db.delete(emailTokens);
  await closeDatabase();
  console.log("[e2e] database seeded");
}

void main();
