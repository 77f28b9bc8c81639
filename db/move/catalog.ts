// What db:move reads from the system catalogs: the tables, their columns, foreign keys, sequences and
// triggers, found generically so that a table added by a later migration is moved without a code change.

/** Runs one statement on either side (PGlite source or PostgreSQL target) and returns its rows. */
export type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>;

export interface Column {
  name: string;
  /** As format_type() prints it, e.g. `timestamp with time zone`: the cast used on insert. */
  type: string;
}

export interface Table {
  /** Quoted and schema-qualified, ready for SQL. */
  ident: string;
  columns: Column[];
}

export interface TriggerState {
  table: string;
  name: string;
  /** pg_trigger.tgenabled: O (on), D (disabled), R (replica), A (always). */
  enabled: string;
}

/** Schemas that belong to PostgreSQL itself or to Drizzle's migration bookkeeping (rebuilt by the migrations). */
// pgboss: the job engine's own schema, created at start; its pending emails are outbox rows, re-queued by the sweep.
const SKIPPED_SCHEMAS = `n.nspname not in ('pg_catalog', 'information_schema', 'drizzle', 'pgboss')
  and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`;

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Number of user relations (tables, views, sequences…) in any schema: zero on an empty database. */
export async function countUserRelations(q: Query): Promise<{ count: number; example: string | null }> {
  const rows = await q<{ name: string }>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
       and n.nspname not like 'pg\\_temp%' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
     order by 1`,
  );
  return { count: rows.length, example: rows[0]?.name ?? null };
}

/** Every user table with its stored (non-generated) columns, parents before the tables that reference them. */
export async function findTables(q: Query): Promise<Table[]> {
  const tables = await q<{ oid: number; ident: string }>(
    `select c.oid::int as oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname) as ident
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and not c.relispartition and ${SKIPPED_SCHEMAS}
     order by 2`,
  );
  const columns = await q<{ table: number; name: string; type: string }>(
    `select a.attrelid::int as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type
     from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and not c.relispartition and ${SKIPPED_SCHEMAS}
       and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     order by a.attrelid, a.attnum`,
  );
  const edges = await q<{ child: number; parent: number }>(
    `select conrelid::int as child, confrelid::int as parent from pg_constraint where contype = 'f' and conrelid <> confrelid`,
  );
  const ordered = dependencyOrder(
    tables.map((t) => t.oid),
    edges,
  );
  const byOid = new Map(tables.map((t) => [t.oid, t.ident]));
  return ordered.map((oid) => ({
    ident: byOid.get(oid) ?? "",
    columns: columns.filter((c) => c.table === oid).map(({ name, type }) => ({ name, type })),
  }));
}

/** Topological order (referenced tables first); a foreign-key cycle between tables cannot be copied row by row. */
export function dependencyOrder<K>(nodes: K[], edges: { child: K; parent: K }[]): K[] {
  const done = new Set<K>();
  const visiting = new Set<K>();
  const out: K[] = [];
  const visit = (node: K) => {
    if (done.has(node)) return;
    if (visiting.has(node)) throw new Error("the tables' foreign keys form a cycle");
    visiting.add(node);
    for (const e of edges) if (e.child === node && nodes.includes(e.parent)) visit(e.parent);
    visiting.delete(node);
    done.add(node);
    out.push(node);
  };
  for (const node of nodes) visit(node);
  return out;
}

/** Sequences with their position: `is_called` false means nextval() still returns last_value itself. */
export async function findSequences(q: Query): Promise<{ ident: string; lastValue: string; isCalled: boolean }[]> {
  const sequences = await q<{ ident: string }>(
    `select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as ident
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'S' and ${SKIPPED_SCHEMAS} order by 1`,
  );
  const out = [];
  for (const { ident } of sequences) {
    const [row] = await q<{ last_value: string; is_called: boolean }>(
      `select last_value::text as last_value, is_called from ${ident}`,
    );
    if (row) out.push({ ident, lastValue: row.last_value, isCalled: row.is_called });
  }
  return out;
}

/** The user-defined triggers (not the internal ones behind foreign keys) and whether each is active. */
export async function findTriggers(q: Query): Promise<TriggerState[]> {
  return q<TriggerState>(
    `select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as table, t.tgname as name, t.tgenabled::text as enabled
     from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where not t.tgisinternal and ${SKIPPED_SCHEMAS}
     order by 1, 2`,
  );
}
