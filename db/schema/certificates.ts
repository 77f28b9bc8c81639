import { index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { TRACKS } from "../../lib/account/tracks";
import { LOCALES } from "../../lib/i18n/locales";
import { users } from "./users";

export const certificates = pgTable(
  "certificates",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    track: text({ enum: TRACKS }).notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    verificationCode: text().notNull().unique(),
    locale: text({ enum: LOCALES }).notNull(),
    /** Content version of every module attested, so later edits never change what was certified. */
    moduleVersions: jsonb().$type<{ moduleId: string; version: string }[]>().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.userId, t.track), index("certificates_user_idx").on(t.userId)],
);

export type Certificate = typeof certificates.$inferSelect;
