import { BASE, createBenchDatabase, load, startServer } from "./harness";
import { seedLearners } from "./seed";
async function main() {
  const db = await createBenchDatabase();
  const server = await startServer(db.url);
  try {
    const { hashPassword } = await import("../lib/auth/password");
    const [learner] = await seedLearners(db.url, 2, await hashPassword("probe password not used"));
    const url = BASE + (process.env.PROBE_URL ?? "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme");
    console.log(await load("probe", { url, headers: { cookie: learner!.cookie }, connections: 50, duration: Number(process.env.PROBE_SECONDS ?? 10) }));
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 4000));
    await db.drop();
  }
}
void main();
