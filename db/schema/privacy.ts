import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { DATA_REQUEST_KINDS, DATA_REQUEST_STATUSES } from "../../lib/privacy/request-vocabulary";
import { users } from "./users";

export const dataRequests = pgTable(
  "data_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: DATA_REQUEST_KINDS }).notNull(),
    message: text().notNull(),
    status: text({ enum: DATA_REQUEST_STATUSES }).notNull().default("received"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("data_requests_user_idx").on(t.userId)],
);

export type DataRequest = typeof dataRequests.$inferSelect;
