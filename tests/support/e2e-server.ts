// The end-to-end server: a real SMTP sink (smtp-server) and a real OTLP/HTTP receiver on 127.0.0.1, a
// freshly seeded embedded database, then `next start` with SMTP_URL and OTEL_EXPORTER_OTLP_ENDPOINT
// pointing at them; its standard output (the JSON log) is kept in SERVER_LOG.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import {
  E2E_AUTH_SECRET,
  E2E_BASE_URL,
  E2E_METRICS_TOKEN,
  E2E_PORT,
  E2E_SMTP_PORT,
  MAIL_DIR,
  OTLP_DIR,
  SERVER_LOG,
} from "./e2e-users";

const dataDir = "test-results/pglite-e2e";
rmSync(dataDir, { recursive: true, force: true });
rmSync(MAIL_DIR, { recursive: true, force: true });
mkdirSync(MAIL_DIR, { recursive: true });
rmSync(OTLP_DIR, { recursive: true, force: true });
mkdirSync(OTLP_DIR, { recursive: true });

// OTLP/HTTP as a collector receives it: each POST /v1/traces body (JSON) kept as one file.
let exports = 0;
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (c: Buffer) => chunks.push(c));
  request.on("end", () => {
    if (request.method === "POST" && request.url === "/v1/traces") {
      exports += 1;
      writeFileSync(path.join(OTLP_DIR, `${String(exports).padStart(6, "0")}.json`), Buffer.concat(chunks));
    }
    response.writeHead(200, { "Content-Type": "application/json" }).end("{}");
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const otlpPort = (receiver.address() as AddressInfo).port;

const env = {
  ...process.env,
  PGLITE_DIR: dataDir,
  DATABASE_URL: "",
  APP_URL: E2E_BASE_URL,
  AUTH_SECRET: E2E_AUTH_SECRET,
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  DPO_EMAIL: "dpo@example.org",
  CRON_SECRET: "e2e-cron-secret",
  METRICS_TOKEN: E2E_METRICS_TOKEN,
  OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${otlpPort}`,
  OTEL_BSP_SCHEDULE_DELAY: "250",
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

const server = spawn("npx", ["next", "start", "-p", String(E2E_PORT)], { env, stdio: ["inherit", "pipe", "inherit"] });
server.stdout.pipe(createWriteStream(SERVER_LOG));
const stop = () => {
  server.kill("SIGTERM");
  sink.close();
  receiver.close();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  sink.close();
  receiver.close();
  process.exit(code ?? 0);
});
