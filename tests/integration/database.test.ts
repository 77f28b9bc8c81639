import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, getDriver, rowsOf } from "@/db/client";
import { getMigrationVersion, readJournal } from "@/db/migrate";
import { users } from "@/db/schema";
import { getHealth } from "@/lib/health";
import { createLearner } from "../support/factories";

describe("database and migrations", () => {
  it("applies every committed migration", async () => {
    const journal = readJournal();
    expect(await getMigrationVersion()).toBe(journal.entries.at(-1)?.tag);
    const tables = rowsOf<{ table_name: string }>(
      await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`),
    ).map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "users",
        "user_sessions",
        "email_tokens",
        "policy_versions",
        "policy_acceptances",
        "quiz_attempts",
        "unit_progress",
        "certificates",
        "data_requests",
        "rate_limit_buckets",
        "email_outbox",
        "stats_daily",
      ]),
    );
  });

  it("reports health with the driver and migration version", async () => {
    const health = await getHealth();
    expect(health).toEqual({
      status: "ok",
      database: { reachable: true, driver: getDriver(), migration: readJournal().entries.at(-1)?.tag },
    });
  });

  it("refuses a name change once the name is locked, at the database level", async () => {
    const user = await createLearner();
    await db.update(users).set({ nameLockedAt: new Date() }).where(eq(users.id, user.id));
    await expect(db.update(users).set({ firstName: "Autre" }).where(eq(users.id, user.id))).rejects.toThrow();
    await expect(db.execute(sql`update users set last_name = 'X' where id = ${user.id}`)).rejects.toThrow();
    await expect(db.update(users).set({ nameLockedAt: null }).where(eq(users.id, user.id))).rejects.toThrow();
    await db.update(users).set({ locale: "en" }).where(eq(users.id, user.id));
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after?.firstName).toBe("Camille");
    expect(after?.locale).toBe("en");
  });
});
