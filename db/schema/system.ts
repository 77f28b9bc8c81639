import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisationInvitations } from "./organisations";
import { users } from "./users";

/** Fixed-window counters shared by every app instance (sign-in throttling, verification look-ups). */
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text().primaryKey(),
  count: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
  blockedUntil: timestamp({ withTimezone: true }),
});

export const EMAIL_STATUSES = ["pending", "sent", "failed"] as const;

/** What an email is rendered from when its job runs: recorded in the transaction of the change that needs it. */
export interface EmailPayload {
  locale: "fr" | "en";
  values: Record<string, string>;
  url?: string;
}

/**
 * Every email: a row recorded with the change that needs it, delivered by the `email` job (whose id is
 * the row's id), sent over SMTP or written to the local outbox folder; payload and bodies are dropped once sent.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    /** An organisation's invitation email goes with the invitation (and so with the organisation). */
    invitationId: uuid().references(() => organisationInvitations.id, { onDelete: "cascade" }),
    toAddress: text().notNull(),
    template: text().notNull(),
    subject: text().notNull(),
    payload: jsonb().$type<EmailPayload>(),
    html: text(),
    text: text(),
    status: text({ enum: EMAIL_STATUSES }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("email_outbox_user_idx").on(t.userId),
    index("email_outbox_status_idx").on(t.status),
    index("email_outbox_invitation_idx").on(t.invitationId),
  ],
);

/** Anonymous daily counters kept after personal data is deleted. */
export const statsDaily = pgTable(
  "stats_daily",
  {
    day: date().notNull(),
    metric: text().notNull(),
    value: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.metric] })],
);
