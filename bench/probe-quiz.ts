import { createBenchDatabase, startServer } from "./harness";
import { benchQuizSubmissions } from "./quiz-submit";
import { seedLearners } from "./seed";
async function main() {
  const db = await createBenchDatabase();
  const server = await startServer(db.url);
  try {
    const { hashPassword } = await import("../lib/auth/password");
    const learners = await seedLearners(db.url, 50, await hashPassword("probe password not used"));
    console.table(await benchQuizSubmissions(learners));
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 4000));
    await db.drop();
  }
}
void main();
