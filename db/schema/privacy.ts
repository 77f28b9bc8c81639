import { sql } from "drizzle-orm";
import { bigserial, check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  DATA_REQUEST_CHANNELS,
  DATA_REQUEST_FULFILLERS,
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATUSES,
  DATA_REQUEST_STEPS,
  IDENTITY_METHODS,
} from "../../lib/privacy/request-vocabulary";
import { users } from "./users";

/**
 * Requests to the DPO. When the account goes, the row stays as an anonymous accountability record
 * (GDPR art. 5(2)): user_id becomes null and a trigger (migration 0004) clears the message in the same
 * statement (and the staff's answer, and the notes of its history); the retention purge removes the
 * record, and its history with it, once the accountability period is over.
 */
export const dataRequests = pgTable(
  "data_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: text({ enum: DATA_REQUEST_KINDS }).notNull(),
    /** The learner's own words; null once the account is gone (or for an erasure done from the account page). */
    message: text(),
    status: text({ enum: DATA_REQUEST_STATUSES }).notNull().default("received"),
    channel: text({ enum: DATA_REQUEST_CHANNELS }).notNull().default("account"),
    /** What staff told the learner when closing it: the answer's note, or the refusal's reason. */
    response: text(),
    identityVerifiedAt: timestamp({ withTimezone: true }),
    identityMethod: text({ enum: IDENTITY_METHODS }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the request was handled (answered or refused by staff, or fulfilled by the account's deletion). */
    fulfilledAt: timestamp({ withTimezone: true }),
    fulfilledBy: text({ enum: DATA_REQUEST_FULFILLERS }),
    /** The staff member who answered or refused it, when fulfilledBy is "staff". */
    fulfilledByStaffId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("data_requests_user_idx").on(t.userId),
    index("data_requests_anonymous_idx")
      .on(t.fulfilledAt)
      .where(sql`${t.userId} is null`),
    check("data_requests_anonymous_without_message", sql`${t.userId} is not null or ${t.message} is null`),
    check("data_requests_anonymous_without_response", sql`${t.userId} is not null or ${t.response} is null`),
  ],
);

export type DataRequest = typeof dataRequests.$inferSelect;

/**
 * Everything that happened to a request, step by step, written in the same transaction as the change
 * (and its audit record). It follows its request: anonymous once the account is gone (the trigger of
 * migration 0010 clears the notes), removed with it by the accountability purge (cascade).
 */
export const dataRequestEvents = pgTable(
  "data_request_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    requestId: uuid()
      .notNull()
      .references(() => dataRequests.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    step: text({ enum: DATA_REQUEST_STEPS }).notNull(),
    /** Null for a step no staff member took (the learner's own request or deletion, the purge). */
    staffId: uuid().references(() => users.id, { onDelete: "set null" }),
    fromStatus: text({ enum: DATA_REQUEST_STATUSES }),
    toStatus: text({ enum: DATA_REQUEST_STATUSES }),
    identityMethod: text({ enum: IDENTITY_METHODS }),
    /** The answer's note or the refusal's reason, as sent to the learner. */
    note: text(),
  },
  (t) => [index("data_request_events_request_idx").on(t.requestId, t.at)],
);

export type DataRequestEvent = typeof dataRequestEvents.$inferSelect;
