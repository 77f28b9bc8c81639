// Seeds benchmark learners straight into PostgreSQL: confirmed accounts with accepted policies
// and one open server-side session each.
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { sessionCookie } from "./harness";

export interface BenchLearner {
  id: string;
  username: string;
  cookie: string;
}

const hashToken = (t: string) => createHash("sha256").update(t).digest("hex");

export async function seedLearners(databaseUrl: string, count: number, passwordHash: string): Promise<BenchLearner[]> {
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
    for (const p of policies) await sql`insert into policy_acceptances (user_id, policy_version_id) values (${user!.id}, ${p.id})`;
    learners.push({ id: user!.id, username, cookie: await sessionCookie(sid) });
  }
  await sql.end();
  return learners;
}
