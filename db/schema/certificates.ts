import { index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { PROFESSIONAL_CATEGORIES, TRACKS } from "../../lib/account/tracks";
import { LOCALES } from "../../lib/i18n/locales";
import { OIDC_PROVIDER_IDS } from "../../lib/auth/oidc/settings";
import { users } from "./users";

/**
 * One attested module: its content version, and (certificates issued since migration 0003) its announced
 * duration and the units validated. Older records lack the last two: readers fall back to the content.
 */
export interface AttestedModule {
  moduleId: string;
  version: string;
  durationMinutes?: number;
  unitIds?: string[];
  /** The units are the professional category's path through the module, not all of its units. */
  categoryPath?: true;
}

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
    /**
     * The learner's professional category at issue (professional track only). Null on certificates issued
     * before migration 0003: they never recorded it, and certificates are immutable, so none is printed.
     */
    professionalCategory: text({ enum: PROFESSIONAL_CATEGORIES }),
    /** The identity provider that verified the printed names, as it was at issue; null when typed. */
    namesVerifiedBy: text({ enum: OIDC_PROVIDER_IDS }),
    /** Every module attested, as it was at issue, so later edits never change what was certified. */
    moduleVersions: jsonb().$type<AttestedModule[]>().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.userId, t.track),
    index("certificates_user_idx").on(t.userId),
    index("certificates_issued_idx").on(t.issuedAt),
  ],
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
