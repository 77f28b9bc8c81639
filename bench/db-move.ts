// Measures `db:move` on a PGlite folder holding N learners (default 10,000): folder size, target size, time.
// Seeds through SQL for speed (the realism is tested in tests/integration/db-move.test.ts); records bench/results/db-move.json.
// Usage: tsx bench/db-move.ts [learners] [postgres://…/postgres]   (the server URL; a scratch database is created and dropped)
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import postgres from "postgres";
import { MIGRATIONS_FOLDER } from "../db/migrate";
import { moveDatabase } from "../db/move";
import { hashPassword } from "../lib/auth/password";
import { UNIT_IDS as UNITS } from "./seed";

const learners = Number(process.argv[2] ?? 10_000);
const server = new URL(process.argv[3] ?? "postgres://postgres@127.0.0.1:5432/postgres");
// Ten questions answered, as a real attempt stores them.
const ANSWERS = JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`m1-u1-q${i + 1}`, ["b"]])));
const ORDER = JSON.stringify(
  Array.from({ length: 10 }, (_, i) => ({ id: `m1-u1-q${i + 1}`, choices: ["a", "b", "c", "d"] })),
);

/** Per learner: 3 policy acceptances, 12 units in progress, 14 attempts (two retries), a session, 2 sent emails;
 * every third learner holds a certificate, every tenth has a DPO request. */
async function seed(dir: string): Promise<void> {
  const pg = await PGlite.create(dir);
  await migrate(drizzle({ client: pg }), { migrationsFolder: MIGRATIONS_FOLDER });
  const hash = await hashPassword("bench password, long enough");
  await pg.query(
    `insert into users (first_name, last_name, username, email, password_hash, track, age_confirmed_at, email_verified_at, name_locked_at)
     select 'Camille', 'Durand ' || i, 'learner_' || i, 'learner_' || i || '@example.org', $1, 'public',
       now() - interval '30 days', now() - interval '30 days', case when i % 3 = 0 then now() - interval '1 day' end
     from generate_series(1, $2::int) as i`,
    [hash, learners],
  );
  await pg.exec(`
    insert into policy_acceptances (user_id, policy_version_id) select u.id, p.id from users u cross join policy_versions p;
    insert into unit_progress (user_id, unit_id, first_viewed_at, attempt_count, best_score_percent, validated_at, validated_content_version)
      select u.id, unit, now() - interval '20 days', 1, 90, now() - interval '19 days', '2026-11-01'
      from users u cross join unnest(array['${UNITS.join("','")}']) as unit;
    insert into quiz_attempts (user_id, unit_id, submission_id, payload_hash, question_order, answers, correct_count,
        question_count, score_percent, passed, content_version, started_at, submitted_at)
      select u.id, unit, md5(u.id::text || unit || n), md5(unit || n), '${ORDER}'::jsonb, '${ANSWERS}'::jsonb,
        case when n = 1 then 9 else 5 end, 10, case when n = 1 then 90 else 50 end, n = 1, '2026-11-01',
        now() - interval '19 days', now() - interval '19 days'
      from users u cross join unnest(array['${UNITS.join("','")}']) as unit
        cross join generate_series(1, 2) as n where n = 1 or unit in ('m1-u2', 'm2-u3');
    insert into user_sessions (id, user_id, authenticated_at, expires_at)
      select md5(u.id::text), u.id, now(), now() + interval '12 hours' from users u;
    insert into email_outbox (user_id, to_address, template, subject, status, attempts, sent_at)
      select u.id, u.email, t, 'Sujet', 'sent', 1, now() from users u cross join unnest(array['confirmEmail', 'certificateIssued']) as t;
    insert into certificates (user_id, track, first_name, last_name, verification_code, locale, module_versions, issued_at)
      select id, 'public', first_name, last_name, upper(substr(md5(id::text), 1, 23)), 'fr',
        '[{"moduleId":"m1","version":"2026-11-01"},{"moduleId":"m2","version":"2026-11-01"}]'::jsonb, name_locked_at
      from users where name_locked_at is not null;
    insert into data_requests (user_id, kind, message)
      select id, 'access', 'Je voudrais une copie de mes données.' from users where last_name like '%0';
  `);
  await pg.close();
}

function sizeOf(dir: string): number {
  return Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
}

async function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), "vigie-bench-move-"));
  const dir = path.join(work, "pglite");
  const name = `vigie_bench_move_${randomBytes(4).toString("hex")}`;
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  const target = new URL(server);
  target.pathname = `/${name}`;
  try {
    let t = performance.now();
    await seed(dir);
    const seedSeconds = (performance.now() - t) / 1000;
    const folderBytes = sizeOf(dir);
    await admin.unsafe(`create database ${name}`);
    const emptyBytes = Number((await admin`select pg_database_size(${name}) as b`)[0]?.b);
    t = performance.now();
    const cpu = process.cpuUsage();
    const report = await moveDatabase({
      pgliteDir: dir,
      targetUrl: target.toString(),
      log: (line) => console.log(`${((performance.now() - t) / 1000).toFixed(1)} s ${line}`),
    });
    const moveSeconds = (performance.now() - t) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    const targetBytes = Number((await admin`select pg_database_size(${name}) as b`)[0]?.b);
    const rows = report.tables.reduce((sum, x) => sum + x.rows, 0);
    const result = {
      learners,
      rows,
      tables: Object.fromEntries(report.tables.map((x) => [x.table, x.rows])),
      seedSeconds: Number(seedSeconds.toFixed(1)),
      moveSeconds: Number(moveSeconds.toFixed(1)),
      // This process's CPU (PGlite included; PostgreSQL's own work is not counted): steadier than the wall time on a shared machine.
      moveCpuSeconds: Number(((user + system) / 1e6).toFixed(1)),
      rowsPerSecond: Math.round(rows / moveSeconds),
      pgliteFolderMB: Number((folderBytes / 1e6).toFixed(1)),
      targetDatabaseMB: Number((targetBytes / 1e6).toFixed(1)),
      targetDataMB: Number(((targetBytes - emptyBytes) / 1e6).toFixed(1)),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(JSON.stringify(result, null, 2));
    const out = path.join(process.cwd(), "bench", "results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "db-move.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
