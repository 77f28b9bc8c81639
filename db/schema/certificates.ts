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

export const REVOCATION_REASONS = ["rectification", "issued_in_error"] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/**
 * Revoked certificates, by public id (the verification code), without any personal data: signed
 * verification links outlive the certificates table (account deletion, retention purge), so this list is
 * what a verification checks and what is kept. No foreign key on purpose: rows outlive the certificates.
 */
export const certificateRevocations = pgTable("certificate_revocations", {
  certificateId: text().primaryKey(),
  revokedAt: timestamp({ withTimezone: true }).notNull(),
  reason: text({ enum: REVOCATION_REASONS }).notNull(),
  /** The certificate issued in its place (after a rectification), if any. */
  replacedBy: text(),
});

export type CertificateRevocation = typeof certificateRevocations.$inferSelect;
