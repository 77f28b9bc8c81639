// The audit trail of staff actions: one append-only record per action, written in the action's own
// transaction (the database refuses any edit or deletion: migration 0003), and read back page by page.
import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Executor } from "@/db/client";
import { auditEvents, users, type AuditAction } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";

export type AuditRecord = {
  action: AuditAction;
  /** What was acted on: short, non-personal values (ids, versions, statuses). */
  details: Record<string, string>;
  subjectUserId?: string | null;
} & ({ actor: "staff"; actorId: string } | { actor: "command_line"; actorId?: null });

/** Appends one record; pass the action's transaction so the action and its trace commit together. */
export async function recordAudit(tx: Executor, record: AuditRecord, at = clockNow()): Promise<void> {
  await tx.insert(auditEvents).values({
    at,
    actor: record.actor,
    actorId: record.actorId ?? null,
    action: record.action,
    subjectUserId: record.subjectUserId ?? null,
    details: record.details,
  });
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPage {
  rows: {
    id: number;
    at: Date;
    actor: "staff" | "command_line";
    /** The acting staff member's username, or null once that account is deleted. */
    actorName: string | null;
    action: AuditAction;
    details: Record<string, string>;
  }[];
  page: number;
  pages: number;
}

/** Newest first; a page past the end shows the last page. */
export async function findAuditPage(page: number, exec: Executor = db): Promise<AuditPage> {
  const [total] = await exec.select({ n: count() }).from(auditEvents);
  const pages = Math.max(1, Math.ceil(Number(total?.n ?? 0) / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const actors = alias(users, "actors");
  const rows = await exec
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actor: auditEvents.actor,
      actorName: actors.username,
      action: auditEvents.action,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(actors, eq(actors.id, auditEvents.actorId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((current - 1) * AUDIT_PAGE_SIZE);
  return { rows, page: current, pages };
}
