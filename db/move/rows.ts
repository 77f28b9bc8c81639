// Copies one table's rows from the PGlite source to the PostgreSQL target, streamed through a cursor and
// COPY in text form: every PostgreSQL type prints and parses back exactly, so no value is reinterpreted.
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type postgres from "postgres";
import { quoteIdent, type Table } from "./catalog";

/** Rows per fetch: a few hundred kilobytes in memory whatever the table size. */
export const BATCH_ROWS = 2_000;

/** COPY's text format: backslash escapes for the four characters that delimit it, \N for null. */
export function copyField(value: string | null): string {
  if (value === null) return "\\N";
  return value.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? c);
}

/** Streams `table` from the source into the target; returns the number of rows copied. */
export async function copyTable(
  source: PgliteTransaction,
  target: postgres.TransactionSql,
  table: Table,
): Promise<number> {
  const names = table.columns.map((c) => quoteIdent(c.name)).join(", ");
  // Cast to text: PGlite hands every value over as PostgreSQL prints it, unparsed.
  const texts = table.columns.map((c) => `${quoteIdent(c.name)}::text`).join(", ");
  await source.query(`declare move_cursor no scroll cursor for select ${texts} from only ${table.ident}`);
  const sink = await target.unsafe(`copy ${table.ident} (${names}) from stdin`).writable();
  let total = 0;
  try {
    for (;;) {
      const { rows } = await source.query<(string | null)[]>(`fetch forward ${BATCH_ROWS} from move_cursor`, [], {
        rowMode: "array",
      });
      if (rows.length === 0) break;
      const chunk = rows.map((row) => row.map(copyField).join("\t")).join("\n") + "\n";
      if (!sink.write(chunk)) await once(sink, "drain");
      total += rows.length;
    }
    sink.end();
    await finished(sink);
  } finally {
    sink.destroy();
    await source.query("close move_cursor");
  }
  return total;
}
