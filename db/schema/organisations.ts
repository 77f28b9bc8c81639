import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { MEMBER_ROLES, ORGANISATION_KINDS } from "../../lib/organisations/rules";
import { users } from "./users";

/** A team a professional trains (event, ERP, commune…). Deleting it cascades to every row below. */
export const organisations = pgTable("organisations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  kind: text({ enum: ORGANISATION_KINDS }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Who belongs: a row exists only while the person consents to share their progress with the
 * managers (joining is consenting; leaving deletes the row, so nothing of theirs stays visible).
 */
export const organisationMembers = pgTable(
  "organisation_members",
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: MEMBER_ROLES }).notNull(),
    consentedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("organisation_members_user_idx").on(t.userId)],
);

/**
 * Invitations: a shareable link (email null) or one per address from a CSV. Only a SHA-256 of the token
 * is stored. A link is usable until it expires or is revoked; an emailed invitation also once answered.
 * The address is personal data of the invitee: it goes when they leave, delete their account, or the
 * organisation goes, and their export lists the invitations addressed to them.
 */
export const organisationInvitations = pgTable(
  "organisation_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    /** Lower-cased address of a CSV invitation; null for a shareable link. */
    email: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    answeredAt: timestamp({ withTimezone: true }),
    /** Set with answeredAt when the person declined (an emailed invitation only), so the manager knows whom to chase. */
    declinedAt: timestamp({ withTimezone: true }),
    /**
     * Who joined through an emailed invitation, whatever their account's address: when they leave, the
     * invitation is forgotten with them, so the manager no longer reads "joined" for someone gone.
     */
    joinedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("organisation_invitations_org_idx").on(t.organisationId),
    // One pending invitation per address and organisation: a CSV sent twice sends nothing twice.
    uniqueIndex("organisation_invitations_email_idx")
      .on(t.organisationId, t.email)
      .where(sql`${t.email} is not null`),
    check("organisation_invitations_email_lower", sql`${t.email} is null or ${t.email} = lower(${t.email})`),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type OrganisationMember = typeof organisationMembers.$inferSelect;
export type OrganisationInvitation = typeof organisationInvitations.$inferSelect;
