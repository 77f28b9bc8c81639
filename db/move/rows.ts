// Copies one table's rows from the PGlite source to the PostgreSQL target in batches, through text:
// every PostgreSQL type prints and parses back exactly, so no value is reinterpreted on the way.
import type { Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type postgres from "postgres";
import { quoteIdent, type Table } from "./catalog";

/** Rows per batch: a few hundred kilobytes in memory whatever the table size. */
export const BATCH_ROWS = 2_000;

/** Streams `table` through a cursor on the source and inserts each batch with one statement; returns the row count. */
export async function copyTable(
  source: PgliteTransaction,
  target: postgres.TransactionSql,
  table: Table,
): Promise<number> {
  const names = table.columns.map((c) => quoteIdent(c.name));
  await source.query(
    `declare move_cursor no scroll cursor for select ${names.map((n) => `${n}::text`).join(", ")} from only ${table.ident}`,
  );
  const params = table.columns.map((c, i) => `$${i + 1}::text[]`).join(", ");
  const casts = table.columns.map((c, i) => `u.c${i}::${c.type}`).join(", ");
  const aliases = table.columns.map((_, i) => `c${i}`).join(", ");
  // OVERRIDING SYSTEM VALUE keeps the source's values in identity columns declared GENERATED ALWAYS.
  const insert = `insert into ${table.ident} (${names.join(", ")}) overriding system value
    select ${casts} from unnest(${params}) as u(${aliases})`;
  let total = 0;
  for (;;) {
    const { rows } = await source.query<(string | null)[]>(`fetch forward ${BATCH_ROWS} from move_cursor`, [], {
      rowMode: "array",
    });
    if (rows.length === 0) break;
    const byColumn = table.columns.map((_, i) => rows.map((row) => row[i] ?? null));
    await target.unsafe(insert, byColumn);
    total += rows.length;
  }
  await source.query("close move_cursor");
  return total;
}
