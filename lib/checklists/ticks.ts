// A learner's ticks on the course's checklists: read, and replaced in one statement (server only).
import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checklistTicks } from "@/db/schema";

/** Every checklist the learner ticked something on: checklist id → ticked indices. */
export async function findAllTicks(userId: string): Promise<Record<string, number[]>> {
  const rows = await db
    .select({ checklistId: checklistTicks.checklistId, ticked: checklistTicks.ticked })
    .from(checklistTicks)
    .where(eq(checklistTicks.userId, userId));
  return Object.fromEntries(rows.map((r) => [r.checklistId, r.ticked]));
}

/** The learner's ticks on one checklist and when they were saved; nothing ticked: null. */
export async function findTicks(
  userId: string,
  checklistId: string,
): Promise<{ ticked: number[]; updatedAt: Date } | null> {
  const [row] = await db
    .select({ ticked: checklistTicks.ticked, updatedAt: checklistTicks.updatedAt })
    .from(checklistTicks)
    .where(and(eq(checklistTicks.userId, userId), eq(checklistTicks.checklistId, checklistId)));
  return row ?? null;
}

/** Replaces the learner's ticks on one checklist; nothing ticked removes the row. */
export async function saveTicks(userId: string, checklistId: string, ticked: number[], now: Date): Promise<void> {
  if (ticked.length === 0) {
    await db
      .delete(checklistTicks)
      .where(and(eq(checklistTicks.userId, userId), eq(checklistTicks.checklistId, checklistId)));
    return;
  }
  await db
    .insert(checklistTicks)
    .values({ userId, checklistId, ticked, updatedAt: now })
    .onConflictDoUpdate({
      target: [checklistTicks.userId, checklistTicks.checklistId],
      set: { ticked, updatedAt: now },
    });
}
