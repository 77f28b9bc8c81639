import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** Who acted: a signed-in staff member, or an operator at the command line (scripts/). */
export const AUDIT_ACTORS = ["staff", "command_line"] as const;
export const AUDIT_ACTIONS = [
  "data_request_status",
  "data_request_recorded",
  "data_request_identity",
  "policy_published",
  "role_changed",
  "csv_exported",
  /** The only path that may change a frozen name (migration 0008 checks for this row). */
  "certificate_rectified",
] as const;

/**
 * The audit trail of staff actions. Append-only, enforced by a trigger (migration 0003): no UPDATE,
 * DELETE or TRUNCATE, except the database itself cutting the id of a deleted account (ON DELETE SET
 * NULL). People appear only as account ids, so once an account is gone its records are anonymous.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull(),
    actor: text({ enum: AUDIT_ACTORS }).notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text({ enum: AUDIT_ACTIONS }).notNull(),
    /** The account the action was about (a request's author, a role changed), if any. */
    subjectUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    details: jsonb().$type<Record<string, string>>().notNull(),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at, t.id),
    index("audit_events_actor_idx").on(t.actorId),
    index("audit_events_subject_idx").on(t.subjectUserId),
  ],
);

/** A staff member's TOTP authenticator (RFC 6238); the secret is stored encrypted (lib/staff/second-factor.ts). */
export const staffSecondFactors = pgTable("staff_second_factors", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretCiphertext: text().notNull(),
  /** Null while the enrolment waits for its first code. */
  confirmedAt: timestamp({ withTimezone: true }),
  /** The last 30-second step accepted: a code is never accepted twice. */
  lastStep: bigint({ mode: "number" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes, shown once; only a SHA-256 of each is stored. */
export const staffRecoveryCodes = pgTable(
  "staff_recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("staff_recovery_codes_user_idx").on(t.userId)],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
