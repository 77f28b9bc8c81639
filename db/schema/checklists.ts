import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./users";

/**
 * The items a learner ticked on a lesson's checklist (lib/checklists), kept in their account so the list
 * follows them to another device, to print and to PDF. Items are stored by index (the same item has the
 * same index in French and English). One row per learner and checklist, overwritten; no row: nothing ticked.
 */
export const checklistTicks = pgTable(
  "checklist_ticks",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    checklistId: text().notNull(),
    ticked: integer().array().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.checklistId] }),
    check("checklist_ticks_count", sql`cardinality(${t.ticked}) between 1 and 30`),
  ],
);

export type ChecklistTicks = typeof checklistTicks.$inferSelect;
