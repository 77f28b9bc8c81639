import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./users";

/**
 * Where a learner stopped in a unit, saved from the unit page so any device can offer to resume there:
 * the lesson section reached (index of the lesson's level-2 heading, the same in both languages; null
 * before the lesson) and the intro video's position. One row per learner and unit, overwritten.
 */
export const unitPositions = pgTable(
  "unit_positions",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    unitId: text().notNull(),
    sectionIndex: integer(),
    videoSeconds: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.unitId] }),
    check("unit_positions_section_range", sql`${t.sectionIndex} between 0 and 99`),
    check("unit_positions_video_range", sql`${t.videoSeconds} between 0 and 36000`),
  ],
);

export type UnitPosition = typeof unitPositions.$inferSelect;
