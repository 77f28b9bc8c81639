// Copies one table's rows from the PGlite source to the PostgreSQL target: COPY out of PGlite a few
// megabytes of pages at a time, COPY into PostgreSQL. Text format on both sides: every PostgreSQL type
// prints and parses back exactly, so no value is reinterpreted on the way.
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type postgres from "postgres";
import { quoteIdent, type Table } from "./catalog";

/** Table pages per chunk (8 KB each): memory stays at a few megabytes whatever the table's size. */
export const CHUNK_PAGES = 512;

/** Streams `table` from the source into the target; returns the number of rows copied. */
export async function copyTable(
  source: PgliteTransaction,
  target: postgres.TransactionSql,
  table: Table,
): Promise<number> {
  const names = table.columns.map((c) => quoteIdent(c.name)).join(", ");
  const [size] = (
    await source.query<{ pages: number }>(
      `select ceil(pg_relation_size('${table.ident.replaceAll("'", "''")}') / current_setting('block_size')::numeric)::int as pages`,
    )
  ).rows;
  const sink = await target.unsafe(`copy ${table.ident} (${names}) from stdin`).writable();
  let total = 0;
  try {
    // Ranges of physical row positions (ctid): a TID range scan reads each chunk's pages only.
    for (let first = 0; first < (size?.pages ?? 0); first += CHUNK_PAGES) {
      const range = `ctid >= '(${first},0)'::tid and ctid < '(${first + CHUNK_PAGES},0)'::tid`;
      const out = await source.query(`copy (select ${names} from only ${table.ident} where ${range}) to '/dev/blob'`);
      total += out.affectedRows ?? 0;
      if (out.blob && out.blob.size > 0 && !sink.write(new Uint8Array(await out.blob.arrayBuffer()))) {
        await once(sink, "drain");
      }
    }
    sink.end();
    await finished(sink);
  } finally {
    sink.destroy();
  }
  return total;
}
