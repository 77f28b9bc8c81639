// Database fingerprint, per table: its row count, and how many rows were ever inserted, updated or
// deleted in it (a row-level trigger counts them in fuzz_writes, transactionally, so a rolled-back
// statement leaves no trace but an UPDATE that keeps the count does). The table list is derived from
// the Drizzle schema; hashing every row instead cost 3.5 ms a call, this costs about 1 ms.
import { getTableName, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { db, rowsOf } from "@/db/client";
import * as schema from "@/db/schema";

export const TABLE_NAMES = Object.values(schema as Record<string, unknown>)
  .filter((v): v is PgTable => v instanceof PgTable)
  .map((t) => getTableName(t))
  .sort();

/** Test databases only: adds the write counter and its triggers to every table of the schema. */
export async function installWriteCounters(): Promise<void> {
  await db.execute(sql`create table if not exists fuzz_writes (table_name text primary key, n bigint not null)`);
  await db.execute(
    sql.raw(`create or replace function fuzz_note_write() returns trigger language plpgsql as $$
      begin
        insert into fuzz_writes as w values (TG_TABLE_NAME, 1) on conflict (table_name) do update set n = w.n + 1;
        return null;
      end $$`),
  );
  for (const name of TABLE_NAMES) {
    await db.execute(
      sql.raw(
        `create trigger fuzz_writes_row after insert or update or delete on "${name}" for each row execute function fuzz_note_write()`,
      ),
    );
    await db.execute(
      sql.raw(
        `create trigger fuzz_writes_truncate after truncate on "${name}" for each statement execute function fuzz_note_write()`,
      ),
    );
  }
}

const fingerprintQuery = sql.raw(
  `select ${TABLE_NAMES.map(
    (n) =>
      `(select count(*) from "${n}")::text || ':' || coalesce((select n from fuzz_writes where table_name = '${n}'), 0)::text as "${n}"`,
  ).join(", ")}`,
);

/** Per table, "rows:writes". */
export type Fingerprint = Record<string, string>;

export async function fingerprint(): Promise<Fingerprint> {
  const [row] = rowsOf<Fingerprint>(await db.execute(fingerprintQuery));
  if (!row) throw new Error("fingerprint query returned nothing");
  return row;
}

/** Names of the tables whose content differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return TABLE_NAMES.filter((n) => before[n] !== after[n]);
}
