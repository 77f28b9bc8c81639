import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  DATA_REQUEST_FULFILLERS,
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATUSES,
} from "../../lib/privacy/request-vocabulary";
import { users } from "./users";

/**
 * Requests to the DPO. When the account goes, the row stays as an anonymous accountability record
 * (GDPR art. 5(2)): user_id becomes null and a trigger (migration 0004) clears the message in the same
 * statement; the retention purge removes the record once the accountability period is over.
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the request was handled (closed by staff, or fulfilled by the account's deletion). */
    fulfilledAt: timestamp({ withTimezone: true }),
    fulfilledBy: text({ enum: DATA_REQUEST_FULFILLERS }),
    /** The staff member who closed it, when fulfilledBy is "staff". */
    fulfilledByStaffId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("data_requests_user_idx").on(t.userId),
    index("data_requests_anonymous_idx")
      .on(t.fulfilledAt)
      .where(sql`${t.userId} is null`),
    check("data_requests_anonymous_without_message", sql`${t.userId} is not null or ${t.message} is null`),
  ],
);

export type DataRequest = typeof dataRequests.$inferSelect;
