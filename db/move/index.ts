// db:move: copies an embedded PGlite database into an empty PostgreSQL database, in one transaction on
// the target (schema by the committed migrations, then every table's rows, sequences and triggers).
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite, type Transaction as PgliteTransaction } from "@electric-sql/pglite";
import postgres from "postgres";
import { migrateInTransaction, readJournal } from "../migrate";
import {
  countUserRelations,
  findSequences,
  findTables,
  findTriggers,
  quoteIdent,
  type Query,
  type Table,
  type TriggerState,
} from "./catalog";
import { copyTable } from "./rows";

/** A refusal before or during the copy: its message is one line for the operator; nothing was written. */
export class MoveRefused extends Error {}

export interface MoveReport {
  tables: { table: string; rows: number }[];
  sequences: number;
  triggers: number;
}

export interface MoveOptions {
  pgliteDir: string;
  targetUrl: string;
  log?: (line: string) => void;
}

// Both sides print values the same way, so that the text each column travels as parses back identically.
const SESSION = { TimeZone: "UTC", DateStyle: "ISO", IntervalStyle: "postgres", extra_float_digits: "3" };

export async function moveDatabase({ pgliteDir, targetUrl, log = () => {} }: MoveOptions): Promise<MoveReport> {
  const dir = path.resolve(pgliteDir);
  // PGlite would silently create an empty database in a folder that holds none.
  if (!existsSync(path.join(dir, "PG_VERSION")))
    throw new MoveRefused(`no embedded database in ${dir} (set PGLITE_DIR)`);
  // PGlite keeps postmaster.pid while the folder is open; a second process on it would lose writes.
  if (existsSync(path.join(dir, "postmaster.pid"))) {
    throw new MoveRefused(
      `the embedded database in ${dir} is open: stop the server first (if none runs, it was not closed cleanly: start and stop it once)`,
    );
  }
  const target = postgres(targetUrl, { max: 1, connect_timeout: 5, onnotice: () => {}, connection: SESSION });
  try {
    await checkTargetEmpty(target);
    const source = await PGlite.create(dir);
    try {
      await source.exec(
        Object.entries(SESSION)
          .map(([k, v]) => `set ${k} = '${v}';`)
          .join("\n"),
      );
      await checkSourceVersion(source);
      return await source.transaction(async (stx) => {
        await stx.exec("set transaction isolation level repeatable read, read only");
        return target.begin((ttx) => copyAll(stx, ttx, log));
      });
    } finally {
      await source.close();
    }
  } finally {
    await target.end({ timeout: 5 });
  }
}

async function checkTargetEmpty(target: postgres.Sql): Promise<void> {
  let relations;
  try {
    relations = await countUserRelations(queryOn(target));
  } catch (error) {
    throw new MoveRefused(`cannot reach the target database (${firstLine(error)})`);
  }
  if (relations.count > 0) {
    throw new MoveRefused(
      `the target database is not empty (${relations.count} relations, e.g. ${relations.example}): db:move only writes into an empty database`,
    );
  }
}

/** The source must be at exactly the migrations this code ships, or the target's schema would differ from it. */
async function checkSourceVersion(source: PGlite): Promise<void> {
  const expected = readJournal().entries.at(-1);
  let applied: number | null = null;
  try {
    const { rows } = await source.query<{ when: string }>(
      "select created_at::text as when from drizzle.__drizzle_migrations order by created_at desc limit 1",
    );
    applied = rows[0] ? Number(rows[0].when) : null;
  } catch {
    throw new MoveRefused(
      "the embedded database holds no Vigie schema (start the app on it once, or check PGLITE_DIR)",
    );
  }
  if (applied !== expected?.when) {
    throw new MoveRefused(
      `the embedded database is not at this version's migrations (expected ${expected?.tag}): run \`npm run db:migrate\` on it first, without DATABASE_URL`,
    );
  }
}

async function copyAll(stx: PgliteTransaction, ttx: postgres.TransactionSql, log: (line: string) => void) {
  const sq = queryOn(stx);
  const tq = queryOn(ttx);
  const tables = await findTables(sq);
  await migrateInTransaction(ttx);
  const created = await findTables(tq);
  checkSameSchema(tables, created);
  // The rows are already consistent: user triggers (e.g. the one locking a name when a certificate is
  // inserted, or the audit trail's refusal of TRUNCATE) stay off while they arrive, and are switched
  // back exactly as the migrations left them.
  const triggers = await findTriggers(tq);
  const active = triggers.filter((t) => t.enabled !== "D");
  for (const t of active) await ttx.unsafe(`alter table ${t.table} disable trigger ${quoteIdent(t.name)}`);
  // Rows the migrations seed (policy versions…) are replaced by the source's own, ids included.
  if (created.length > 0) await ttx.unsafe(`truncate ${created.map((t) => t.ident).join(", ")}`);

  const report: MoveReport = { tables: [], sequences: 0, triggers: active.length };
  for (const table of tables) {
    const rows = await copyTable(stx, ttx, table);
    const [{ count } = { count: -1 }] = await tq<{ count: number }>(
      `select count(*)::int as count from ${table.ident}`,
    );
    if (count !== rows) throw new Error(`${table.ident}: ${rows} rows read but ${count} in the target`);
    report.tables.push({ table: table.ident, rows });
    log(`${table.ident}: ${rows} rows`);
  }

  for (const s of await findSequences(sq)) {
    await tq(`select setval($1::regclass, $2::bigint, $3)`, [s.ident, s.lastValue, s.isCalled]);
    report.sequences++;
  }

  for (const t of active) await ttx.unsafe(`alter table ${t.table} ${ENABLE[t.enabled]} trigger ${quoteIdent(t.name)}`);
  await checkSameTriggers(await findTriggers(sq), await findTriggers(tq));
  return report;
}

const ENABLE: Record<string, string> = { O: "enable", A: "enable always", R: "enable replica" };

function checkSameSchema(source: Table[], target: Table[]): void {
  const describe = (t: Table) => `${t.ident}(${t.columns.map((c) => `${c.name} ${c.type}`).join(", ")})`;
  const wanted = new Set(target.map(describe));
  const missing = source.find((t) => !wanted.has(describe(t)));
  if (missing) {
    throw new MoveRefused(
      `${missing.ident} in the embedded database is not what the migrations create (a table or column added outside them?)`,
    );
  }
}

function checkSameTriggers(source: TriggerState[], target: TriggerState[]): void {
  const key = (list: TriggerState[]) => JSON.stringify(list.map((t) => [t.table, t.name, t.enabled]));
  if (key(source) !== key(target)) throw new Error("the target's triggers differ from the embedded database's");
}

function queryOn(side: PgliteTransaction | PGlite | postgres.Sql | postgres.TransactionSql): Query {
  if ("unsafe" in side) {
    return async <T>(text: string, params: unknown[] = []) =>
      (await side.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  }
  return async <T>(text: string, params: unknown[] = []) => (await side.query<T>(text, params)).rows;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
