// The end-to-end server: a real SMTP sink (smtp-server) on 127.0.0.1, a freshly seeded embedded
// database, then `next start` with SMTP_URL pointing at the sink.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_PORT, E2E_SMTP_PORT, MAIL_DIR } from "./e2e-users";

const dataDir = "test-results/pglite-e2e";
rmSync(dataDir, { recursive: true, force: true });
rmSync(MAIL_DIR, { recursive: true, force: true });
mkdirSync(MAIL_DIR, { recursive: true });

const env = {
  ...process.env,
  PGLITE_DIR: dataDir,
  DATABASE_URL: "",
  APP_URL: E2E_BASE_URL,
  AUTH_SECRET: E2E_AUTH_SECRET,
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  DPO_EMAIL: "dpo@example.org",
  CRON_SECRET: "e2e-cron-secret",
};

const seed = spawnSync("npx", ["tsx", "--import", "./scripts/allow-server-only.mjs", "tests/support/e2e-seed.ts"], {
  env,
  stdio: "inherit",
});
if (seed.status !== 0) process.exit(seed.status ?? 1);

let count = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      count += 1;
      writeFileSync(
        path.join(MAIL_DIR, `${String(Date.now()).padStart(15, "0")}-${String(count).padStart(5, "0")}.eml`),
        Buffer.concat(chunks),
      );
      callback();
    });
  },
});
sink.listen(E2E_SMTP_PORT, "127.0.0.1");

const server = spawn("npx", ["next", "start", "-p", String(E2E_PORT)], { env, stdio: "inherit" });
const stop = () => {
  server.kill("SIGTERM");
  sink.close();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  sink.close();
  process.exit(code ?? 0);
});
