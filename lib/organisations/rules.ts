// Organisation rules with no I/O: kinds and roles, who may create one, when an invitation is usable,
// and the one projection of what a manager may see of a member (page, CSV and PDF all go through it).
import type { Track } from "../account/tracks";

export const ORGANISATION_KINDS = ["event", "erp", "commune", "other"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBER_ROLES = ["manager", "member"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Links and emailed invitations are valid two weeks: long enough for a team, short enough to go stale. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** At most this many addresses per CSV file. */
export const MAX_CSV_INVITATIONS = 300;
/** At most this many CSV files per organisation per hour (each may send up to MAX_CSV_INVITATIONS emails). */
export const CSV_FILES_PER_HOUR = 3;
export const CSV_WINDOW_MS = 60 * 60 * 1000;
/** The throttle's rate_limit_buckets key; deleted with the organisation. */
export const csvThrottleKey = (organisationId: string) => `org-csv:${organisationId}`;

/** Only learners of the professional track create organisations; anyone signed in may join one. */
export function canCreateOrganisation(user: { track: Track }): boolean {
  return user.track === "professional";
}

export type InvitationState = "usable" | "expired" | "revoked" | "answered" | "alreadyMember";

/** Why an invitation can or cannot be used by this person now (checked in this order). */
export function invitationState(
  invitation: { expiresAt: Date; revokedAt: Date | null; answeredAt: Date | null; email: string | null },
  now: Date,
  alreadyMember: boolean,
): InvitationState {
  if (alreadyMember) return "alreadyMember";
  if (invitation.revokedAt) return "revoked";
  // A shareable link serves many people; an emailed invitation is answered once.
  if (invitation.email !== null && invitation.answeredAt) return "answered";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

/** Where an emailed invitation stands, as its manager sees it (so they know whom to chase). */
export const EMAILED_INVITATION_STATUSES = ["pending", "joined", "declined", "expired", "revoked"] as const;
export type EmailedInvitationStatus = (typeof EMAILED_INVITATION_STATUSES)[number];

export function emailedInvitationStatus(
  invitation: { expiresAt: Date; revokedAt: Date | null; answeredAt: Date | null; declinedAt: Date | null },
  now: Date,
): EmailedInvitationStatus {
  if (invitation.revokedAt) return "revoked";
  if (invitation.declinedAt) return "declined";
  if (invitation.answeredAt) return "joined";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** What a member's data looks like to the projection, as loaded (nothing else is ever loaded). */
export interface MemberSource {
  userId: string;
  firstName: string;
  lastName: string;
  track: Track;
  validatedUnitIds: string[];
  certificateIssuedAt: Date | null;
}

/** Everything a manager may see of a consenting member: no scores, answers or activity times. */
export interface MemberReportRow {
  userId: string;
  name: string;
  track: Track;
  validatedUnits: string[];
  certificateIssuedAt: Date | null;
}

export function toMemberReportRow(source: MemberSource): MemberReportRow {
  return {
    userId: source.userId,
    name: `${source.firstName} ${source.lastName}`.replace(/\s+/g, " ").trim(),
    track: source.track,
    validatedUnits: [...source.validatedUnitIds].sort(),
    certificateIssuedAt: source.certificateIssuedAt,
  };
}

export interface ReportFilters {
  track?: Track;
  certified?: "yes" | "no";
  /** Only members who validated this unit. */
  unit?: string;
}

export function filterReport(rows: MemberReportRow[], filters: ReportFilters): MemberReportRow[] {
  return rows.filter(
    (r) =>
      (!filters.track || r.track === filters.track) &&
      (!filters.certified || (filters.certified === "yes") === (r.certificateIssuedAt !== null)) &&
      (!filters.unit || r.validatedUnits.includes(filters.unit)),
  );
}

/** A CSV cell: quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs it. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ReportCsvLabels {
  header: [name: string, track: string, units: string, certificate: string];
  track: (track: Track) => string;
  date: (date: Date) => string;
}

/** The team report as CSV (UTF-8 with BOM so spreadsheets read accents; CRLF per RFC 4180). */
export function reportToCsv(rows: MemberReportRow[], labels: ReportCsvLabels): string {
  const lines = [labels.header.map(csvCell).join(",")];
  for (const r of rows) {
    lines.push(
      [
        r.name,
        labels.track(r.track),
        r.validatedUnits.join(" "),
        r.certificateIssuedAt ? labels.date(r.certificateIssuedAt) : "",
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
