import { integer, pgTable, primaryKey, serial, text, timestamp, unique, index, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const POLICY_KINDS = ["site", "privacy", "cookies"] as const;

export const policyVersions = pgTable(
  "policy_versions",
  {
    id: serial().primaryKey(),
    kind: text({ enum: POLICY_KINDS }).notNull(),
    version: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [unique().on(t.kind, t.version)],
);

export const policyAcceptances = pgTable(
  "policy_acceptances",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    policyVersionId: integer()
      .notNull()
      .references(() => policyVersions.id),
    acceptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.policyVersionId] }), index("policy_acceptances_user_idx").on(t.userId)],
);

export type PolicyKind = (typeof POLICY_KINDS)[number];
