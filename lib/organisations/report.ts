// The team report: the consenting members of an organisation, loaded in one statement and passed through
// the one projection (rules.ts toMemberReportRow), for the page, the CSV and the PDF alike.
import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import type { User } from "@/db/schema";
import type { Track } from "@/lib/account/tracks";
import { getMembership } from "./organisations";
import { filterReport, toMemberReportRow, type MemberReportRow, type MemberSource, type ReportFilters } from "./rules";

interface SourceRow {
  user_id: string;
  first_name: string;
  last_name: string;
  track: Track;
  validated_unit_ids: string[] | null;
  certificate_issued_at: string | Date | null;
}

/**
 * One statement, one snapshot: a member whose leaving has committed is absent, whatever the timing.
 * Only names, track, validated unit ids and the latest certificate date for the current track are read:
 * scores, answers and activity times never leave the database on this path.
 */
async function loadMemberSources(organisationId: string): Promise<MemberSource[]> {
  const rows = rowsOf<SourceRow>(
    await db.execute(sql`
      select u.id as user_id, u.first_name, u.last_name, u.track,
        (select array_agg(p.unit_id order by p.unit_id) from unit_progress p
           where p.user_id = u.id and p.validated_at is not null) as validated_unit_ids,
        (select max(c.issued_at) from certificates c where c.user_id = u.id and c.track = u.track) as certificate_issued_at
      from organisation_members m join users u on u.id = m.user_id
      where m.organisation_id = ${organisationId}
      order by lower(u.last_name), lower(u.first_name), u.id`),
  );
  return rows.map((r) => ({
    userId: r.user_id,
    firstName: r.first_name,
    lastName: r.last_name,
    track: r.track,
    validatedUnitIds: r.validated_unit_ids ?? [],
    certificateIssuedAt: r.certificate_issued_at ? new Date(r.certificate_issued_at) : null,
  }));
}

export interface TeamReport {
  organisation: { id: string; name: string; kind: string };
  rows: MemberReportRow[];
}

/** The report for a manager of this organisation; null for anyone else (who learns nothing from it). */
export async function getTeamReport(
  manager: User,
  organisationId: string,
  filters: ReportFilters = {},
): Promise<TeamReport | null> {
  const membership = await getMembership(manager.id, organisationId);
  if (membership?.role !== "manager") return null;
  const rows = filterReport((await loadMemberSources(organisationId)).map(toMemberReportRow), filters);
  const { id, name, kind } = membership.organisation;
  return { organisation: { id, name, kind }, rows };
}

/** A person's own row, exactly as the managers see (or would see) it: shown before joining and to members. */
export async function getOwnReportRow(user: User): Promise<MemberReportRow> {
  return toMemberReportRow(await loadOwnSource(user));
}

async function loadOwnSource(user: User): Promise<MemberSource> {
  const rows = rowsOf<Pick<SourceRow, "validated_unit_ids" | "certificate_issued_at">>(
    await db.execute(sql`
      select
        (select array_agg(p.unit_id order by p.unit_id) from unit_progress p
           where p.user_id = ${user.id} and p.validated_at is not null) as validated_unit_ids,
        (select max(c.issued_at) from certificates c where c.user_id = ${user.id} and c.track = ${user.track}) as certificate_issued_at`),
  );
  const r = rows[0];
  return {
    userId: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    track: user.track,
    validatedUnitIds: r?.validated_unit_ids ?? [],
    certificateIssuedAt: r?.certificate_issued_at ? new Date(r.certificate_issued_at) : null,
  };
}
