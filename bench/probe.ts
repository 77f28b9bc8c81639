// Ad-hoc probe: sequential latency of a few pages on a fresh database (not part of npm run bench).
import { BASE, createBenchDatabase, startServer } from "./harness";
import { seedLearners } from "./seed";

async function main() {
  const db = await createBenchDatabase();
  const server = await startServer(db.url);
  try {
    const { hashPassword } = await import("../lib/auth/password");
    const [learner] = await seedLearners(db.url, 2, await hashPassword("probe password not used"));
    const cookie = learner!.cookie;
    const urls = (process.env.PROBE_URLS ?? "/fr/sign-in,/fr/dashboard,/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme,/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz").split(",");
    for (const u of urls) {
      for (let i = 0; i < 20; i++) await (await fetch(BASE + u, { headers: { cookie } })).arrayBuffer();
      const t = performance.now();
      let bytes = 0; let status = 0;
      for (let i = 0; i < 100; i++) { const r = await fetch(BASE + u, { headers: { cookie }, redirect: "manual" }); status = r.status; bytes = (await r.arrayBuffer()).byteLength; }
      console.log(`${u}  ${((performance.now() - t) / 100).toFixed(1)} ms/req  status ${status}  ${bytes} B`);
    }
    if (process.env.PROBE_WAIT) await new Promise((r) => setTimeout(r, Number(process.env.PROBE_WAIT)));
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    await db.drop();
  }
}
void main();
