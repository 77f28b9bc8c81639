import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PROFESSIONAL_CATEGORIES, TRACKS } from "../../lib/account/tracks";
import { LOCALES } from "../../lib/i18n/locales";
import { OIDC_PROVIDER_IDS } from "../../lib/auth/oidc/settings";

export const ROLES = ["learner", "staff"] as const;

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    username: text().notNull(),
    email: text().notNull(),
    passwordHash: text().notNull(),
    /**
     * False for an account opened through an identity provider (its hash is of a random password nobody
     * knows) until the person chooses one by "forgot password": unlinking the last identity needs it.
     */
    passwordChosen: boolean().notNull().default(true),
    track: text({ enum: TRACKS }).notNull(),
    professionalCategory: text({ enum: PROFESSIONAL_CATEGORIES }),
    role: text({ enum: ROLES }).notNull().default("learner"),
    locale: text({ enum: LOCALES }).notNull().default("fr"),
    ageConfirmedAt: timestamp({ withTimezone: true }).notNull(),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    /** Set when the first certificate is issued; a database trigger then freezes the names. */
    nameLockedAt: timestamp({ withTimezone: true }),
    /** The provider whose verified identity gave the names (read-only while set); null when typed. */
    namesVerifiedBy: text({ enum: OIDC_PROVIDER_IDS }),
    rememberUsername: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    retentionWarningSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_username_lower_idx").on(sql`lower(${t.username})`),
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    index("users_last_activity_idx").on(t.lastActivityAt),
    index("users_created_idx").on(t.createdAt),
    index("users_email_verified_idx").on(t.emailVerifiedAt),
  ],
);

export const TOKEN_PURPOSES = ["confirm_email", "reset_password", "change_email"] as const;

/** Single-use links sent by email; only a SHA-256 of the token is stored. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text({ enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text().notNull().unique(),
    newEmail: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_tokens_user_idx").on(t.userId)],
);

/** Server-side sessions: the session cookie only carries this id, so signing out really ends it. */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Last time the password was typed in this session: sensitive actions need it within 10 minutes. */
    authenticatedAt: timestamp({ withTimezone: true }).notNull(),
    /** When a staff member confirmed a TOTP code in this session; staff doors stay shut until then. */
    secondFactorAt: timestamp({ withTimezone: true }),
    /** Sessions opened through an identity provider: signing out ends the provider's session too, */
    oidcProvider: text({ enum: OIDC_PROVIDER_IDS }),
    /** the ID token it issued being the logout request's id_token_hint (deleted with the session). */
    oidcIdToken: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/**
 * Identities verified by an OpenID Connect provider (FranceConnect, ProConnect) that sign in to an
 * account: the provider's stable subject identifier only, nothing else from the provider is kept here.
 */
export const userIdentities = pgTable(
  "user_identities",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text({ enum: OIDC_PROVIDER_IDS }).notNull(),
    subject: text().notNull(),
    linkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One account per verified identity: (provider, subject) is unique.
    primaryKey({ columns: [t.provider, t.subject] }),
    index("user_identities_user_idx").on(t.userId),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
