// Seeds benchmark learners straight into PostgreSQL: confirmed accounts with accepted policies
// and one open server-side session each.
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { generateVerificationCode } from "../lib/certificates/verification-code";
import { sessionCookie } from "./harness";

export interface BenchLearner {
  id: string;
  username: string;
  cookie: string;
  /** Set for the learners given a certificate. */
  certificateCode?: string;
}

const UNIT_IDS = [
  "m1-u1",
  "m1-u2",
  "m1-u3",
  "m1-u4",
  "m2-u1",
  "m2-u2",
  "m2-u3",
  "m2-u4",
  "m3-u1",
  "m3-u2",
  "m3-u3",
  "m3-u4",
];

export const BENCH_PASSWORD = "bench password, long enough";

const hashToken = (t: string) => createHash("sha256").update(t).digest("hex");

/** `count` learners; the first `withCertificate` of them also hold a general-public certificate. */
export async function seedLearners(
  databaseUrl: string,
  count: number,
  passwordHash: string,
  withCertificate = 0,
): Promise<BenchLearner[]> {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const learners: BenchLearner[] = [];
  const policies = await sql<{ id: number }[]>`select id from policy_versions`;
  for (let i = 0; i < count; i++) {
    const username = `bench_${i}_${randomBytes(3).toString("hex")}`;
    const [user] = await sql<{ id: string }[]>`
      insert into users (first_name, last_name, username, email, password_hash, track, age_confirmed_at, email_verified_at)
      values ('Bench', ${`Learner ${i}`}, ${username}, ${`${username}@example.org`}, ${passwordHash}, 'public', now(), now())
      returning id`;
    const sid = randomBytes(32).toString("base64url");
    await sql`insert into user_sessions (id, user_id, authenticated_at, expires_at) values (${hashToken(sid)}, ${user!.id}, now(), now() + interval '12 hours')`;
    for (const p of policies)
      await sql`insert into policy_acceptances (user_id, policy_version_id) values (${user!.id}, ${p.id})`;
    // Lessons opened a day ago: the benchmarked quiz submissions pass the study-time check (lib/progress/study-time.ts).
    await sql`insert into unit_progress (user_id, unit_id, first_viewed_at) select ${user!.id}::uuid, id, now() - interval '1 day' from string_to_table(${UNIT_IDS.join(",")}, ',') as id`;
    const learner: BenchLearner = { id: user!.id, username, cookie: await sessionCookie(sid) };
    if (i < withCertificate) {
      learner.certificateCode = generateVerificationCode();
      await sql`insert into certificates (user_id, track, first_name, last_name, verification_code, locale, module_versions)
        values (${user!.id}, 'public', 'Bench', ${`Learner ${i}`}, ${learner.certificateCode}, 'fr', ${sql.json([])})`;
    }
    learners.push(learner);
  }
  await sql.end();
  return learners;
}
