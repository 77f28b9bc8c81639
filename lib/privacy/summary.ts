// "Read my data": the same data as the JSON export (lib/privacy/export-data.ts), arranged for a person
// to read in their language (GDPR art. 12, an intelligible form): the course's own words for units and
// quiz answers instead of ids, consents and requests by name. The page formats the dates.
import "server-only";
import type { MemberRole, OrganisationKind } from "@/lib/organisations/rules";
import { findChecklist } from "@/lib/checklists/catalogue";
import { findUnitById, getCourse, localize } from "@/lib/content/load";
import type { PolicyKind } from "@/db/schema";
import type { ProfessionalCategory, Track } from "@/lib/account/tracks";
import type { Locale } from "@/lib/i18n/locales";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import type { DataRequestKind, DataRequestStatus, DataRequestStep, IdentityMethod } from "./request-vocabulary";
import { exportUserData } from "./export-data";

type Exported = NonNullable<Awaited<ReturnType<typeof exportUserData>>>;

export interface SummaryAnswer {
  questionId: string;
  /** The question as the course asks it today; null when it has left the course since. */
  prompt: string | null;
  /** The text of each choice ticked (a choice the course no longer has keeps its id). */
  chosen: string[];
}

export interface SummaryAttempt {
  submittedAt: Date;
  scorePercent: number;
  correctCount: number;
  questionCount: number;
  passed: boolean;
  answers: SummaryAnswer[];
}

export interface SummaryUnit {
  unitId: string;
  /** The unit's title in the learner's language; its id alone for a unit that has left the course. */
  title: string;
  moduleTitle: string | null;
  firstViewedAt: Date | null;
  validatedAt: Date | null;
  bestScorePercent: number | null;
  attempts: SummaryAttempt[];
}

export interface DataSummary {
  exportedAt: Date;
  profile: {
    firstName: string;
    lastName: string;
    username: string;
    email: string;
    track: Track;
    professionalCategory: ProfessionalCategory | null;
    locale: Locale;
    role: "learner" | "staff";
    createdAt: Date;
    ageConfirmedAt: Date;
    emailVerifiedAt: Date | null;
    nameLockedAt: Date | null;
    /** The provider that verified the names ("FranceConnect"); null when typed. */
    namesVerifiedBy: string | null;
    lastActivityAt: Date;
    rememberUsername: boolean;
  };
  /** The FranceConnect / ProConnect identities that sign in to the account: all that is kept of each. */
  identities: { provider: string; subject: string; linkedAt: Date }[];
  consents: { kind: PolicyKind; version: string; acceptedAt: Date }[];
  units: SummaryUnit[];
  certificates: {
    track: Track;
    name: string;
    verificationCode: string;
    issuedAt: Date;
    /** The provider that had verified the printed names ("FranceConnect"); null when typed. */
    namesVerifiedBy: string | null;
  }[];
  dataRequests: {
    kind: DataRequestKind;
    status: DataRequestStatus;
    message: string;
    createdAt: Date;
    updatedAt: Date;
    /** Each step taken on the request, oldest first (who took it stays with the team). */
    history: {
      at: Date;
      step: DataRequestStep;
      toStatus: DataRequestStatus | null;
      identityMethod: IdentityMethod | null;
      note: string | null;
    }[];
  }[];
  sessions: { createdAt: Date; authenticatedAt: Date; expiresAt: Date; active: boolean }[];
  emails: { subject: string; createdAt: Date; sentAt: Date | null; status: "pending" | "sent" | "failed" }[];
  positions: { unitId: string; title: string; sectionIndex: number | null; videoSeconds: number; updatedAt: Date }[];
  organisations: { name: string; kind: OrganisationKind; role: MemberRole; consentedAt: Date }[];
  /** The boxes ticked on each checklist, in the learner's words (an item the course no longer has: its number). */
  checklists: {
    checklistId: string;
    title: string;
    unitTitle: string;
    ticked: string[];
    total: number | null;
    updatedAt: Date;
  }[];
}

const byDate =
  <T>(pick: (row: T) => Date) =>
  (a: T, b: T) =>
    pick(a).getTime() - pick(b).getTime();

/** Where each unit sits in the course (module order, then unit order); units that left the course last. */
function courseOrder(): Map<string, number> {
  const order = new Map<string, number>();
  getCourse().modules.forEach((m, mi) => m.units.forEach((u, ui) => order.set(u.id, mi * 100 + ui)));
  return order;
}

function unitTitle(unitId: string, locale: Locale): { title: string; moduleTitle: string | null } {
  const found = findUnitById(unitId);
  if (!found) return { title: unitId, moduleTitle: null };
  return { title: localize(found.unit.title, locale), moduleTitle: localize(found.module.title, locale) };
}

function readableAnswers(unitId: string, answers: Record<string, string[]>, asked: string[], locale: Locale) {
  const questions = new Map((findUnitById(unitId)?.unit.quiz.questions ?? []).map((q) => [q.id, q]));
  // In the order the questions were asked, then any answer outside it.
  const ids = [...new Set([...asked, ...Object.keys(answers)])].filter((id) => id in answers);
  return ids.map((questionId): SummaryAnswer => {
    const question = questions.get(questionId);
    const choices = new Map((question?.choices ?? []).map((c) => [c.id, localize(c.text, locale)]));
    return {
      questionId,
      prompt: question ? localize(question.prompt, locale) : null,
      chosen: (answers[questionId] ?? []).map((id) => choices.get(id) ?? id),
    };
  });
}

/** Arranges an export for reading; pure apart from reading the course content. */
export function summarise(data: Exported, locale: Locale, now: Date): DataSummary {
  const p = data.profile;
  const order = courseOrder();
  const unitIds = new Set([...data.unitProgress.map((r) => r.unitId), ...data.quizAttempts.map((a) => a.unitId)]);
  const units = [...unitIds]
    .sort((a, b) => (order.get(a) ?? 1e6) - (order.get(b) ?? 1e6) || a.localeCompare(b))
    .map((unitId): SummaryUnit => {
      const progress = data.unitProgress.find((r) => r.unitId === unitId);
      return {
        unitId,
        ...unitTitle(unitId, locale),
        firstViewedAt: progress?.firstViewedAt ?? null,
        validatedAt: progress?.validatedAt ?? null,
        bestScorePercent: progress?.bestScorePercent ?? null,
        attempts: data.quizAttempts
          .filter((a) => a.unitId === unitId)
          .sort(byDate((a) => a.submittedAt))
          .map((a) => ({
            submittedAt: a.submittedAt,
            scorePercent: a.scorePercent,
            correctCount: a.correctCount,
            questionCount: a.questionCount,
            passed: a.passed,
            answers: readableAnswers(
              unitId,
              a.answers,
              a.questionOrder.map((q) => q.questionId),
              locale,
            ),
          })),
      };
    });
  return {
    exportedAt: new Date(data.exportedAt),
    profile: {
      firstName: p.firstName,
      lastName: p.lastName,
      username: p.username,
      email: p.email,
      track: p.track,
      professionalCategory: p.professionalCategory,
      locale: p.locale,
      role: p.role,
      createdAt: p.createdAt,
      ageConfirmedAt: p.ageConfirmedAt,
      emailVerifiedAt: p.emailVerifiedAt,
      nameLockedAt: p.nameLockedAt,
      namesVerifiedBy: p.namesVerifiedBy ? OIDC_PROVIDER_NAMES[p.namesVerifiedBy] : null,
      lastActivityAt: p.lastActivityAt,
      rememberUsername: p.rememberUsername,
    },
    identities: data.identities
      .map((i) => ({ provider: OIDC_PROVIDER_NAMES[i.provider], subject: i.subject, linkedAt: i.linkedAt }))
      .sort(byDate((i) => i.linkedAt)),
    consents: data.policyAcceptances
      .map((a) => ({ kind: a.kind, version: a.version, acceptedAt: a.acceptedAt }))
      .sort(byDate((a) => a.acceptedAt)),
    units,
    certificates: data.certificates
      .map((c) => ({
        track: c.track,
        name: `${c.firstName} ${c.lastName}`,
        verificationCode: c.verificationCode,
        issuedAt: c.issuedAt,
        namesVerifiedBy: c.namesVerifiedBy ? OIDC_PROVIDER_NAMES[c.namesVerifiedBy] : null,
      }))
      .sort(byDate((c) => c.issuedAt)),
    dataRequests: data.dataRequests
      .map((r) => ({
        kind: r.kind,
        status: r.status,
        message: r.message ?? "",
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        history: r.history.map((e) => ({
          at: e.at,
          step: e.step,
          toStatus: e.toStatus,
          identityMethod: e.identityMethod,
          note: e.note,
        })),
      }))
      .sort(byDate((r) => r.createdAt)),
    sessions: data.sessions
      .map((s) => ({
        createdAt: s.createdAt,
        authenticatedAt: s.authenticatedAt,
        expiresAt: s.expiresAt,
        active: s.expiresAt.getTime() > now.getTime(),
      }))
      .sort(byDate((s) => s.createdAt)),
    emails: data.emails
      .map((e) => ({ subject: e.subject, createdAt: e.createdAt, sentAt: e.sentAt, status: e.status }))
      .sort(byDate((e) => e.createdAt)),
    positions: data.unitPositions
      .map((pos) => ({
        unitId: pos.unitId,
        title: unitTitle(pos.unitId, locale).title,
        sectionIndex: pos.sectionIndex,
        videoSeconds: pos.videoSeconds,
        updatedAt: pos.updatedAt,
      }))
      .sort((a, b) => (order.get(a.unitId) ?? 1e6) - (order.get(b.unitId) ?? 1e6)),
    organisations: data.organisationMemberships
      .map((m) => ({ name: m.organisationName, kind: m.organisationKind, role: m.role, consentedAt: m.consentedAt }))
      .sort(byDate((m) => m.consentedAt)),
    checklists: data.checklistTicks
      .map((row) => readableTicks(row, locale))
      .sort((a, b) => a.checklistId.localeCompare(b.checklistId, "en", { numeric: true })),
  };
}

function readableTicks(
  row: { checklistId: string; ticked: number[]; updatedAt: Date },
  locale: Locale,
): DataSummary["checklists"][number] {
  const checklist = findChecklist(row.checklistId);
  const items = checklist?.items[locale] ?? [];
  return {
    checklistId: row.checklistId,
    title: checklist ? localize(checklist.title, locale) : row.checklistId,
    unitTitle: checklist ? unitTitle(checklist.unitId, locale).title : "",
    ticked: row.ticked.map((i) => items[i] ?? `#${i + 1}`),
    total: checklist ? items.length : null,
    updatedAt: row.updatedAt,
  };
}

export async function getDataSummary(userId: string, locale: Locale, now: Date): Promise<DataSummary | null> {
  const data = await exportUserData(userId, now);
  return data ? summarise(data, locale, now) : null;
}
