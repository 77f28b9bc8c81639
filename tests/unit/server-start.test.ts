// The start-up in a separate process, as `npm start` runs it (NODE_ENV=production, no AUTH_SECRET).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "vigie-start-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(code: string, env: Record<string, string>) {
  const base = { ...process.env };
  for (const name of [
    "AUTH_SECRET",
    "CERTIFICATE_SIGNING_KEY",
    "DATABASE_URL",
    "NEXT_PHASE",
    "VITEST",
    "VITEST_POOL_ID",
    "VITEST_WORKER_ID",
  ])
    delete base[name];
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "--input-type=module", "-e", code],
    {
      cwd: root,
      env: { ...base, ...env },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { status: child.status, stdout: child.stdout.trim(), stderr: child.stderr.trim() };
}

const PRODUCTION_SECRET = "a-production-secret-of-at-least-32-bytes-0123456789";

describe("server start with DATABASE_URL in production", () => {
  it.each<{ missing: string; env: Record<string, string>; message: string }>([
    {
      missing: "AUTH_SECRET",
      env: {},
      message:
        "cannot start: Invalid environment variable AUTH_SECRET: required in production when DATABASE_URL is set (32+ random bytes, e.g. `openssl rand -base64 32`)",
    },
    {
      missing: "CERTIFICATE_SIGNING_KEY",
      env: { AUTH_SECRET: PRODUCTION_SECRET },
      message:
        "cannot start: Invalid environment variable CERTIFICATE_SIGNING_KEY: required in production (an Ed25519 private key as PKCS8 PEM or JWK, e.g. `openssl genpkey -algorithm ed25519`)",
    },
  ])("without $missing: exits non-zero with one line naming it, before touching the database", ({ env, message }) => {
    // Port 9 (discard) on loopback: nothing answers, so a connection attempt would show as another error.
    const result = run(
      `const { startServerOnce } = await import("./lib/server-start.ts"); await startServerOnce(); console.log("started");`,
      {
        NODE_ENV: "production",
        DATABASE_URL: "postgres://vigie@127.0.0.1:9/vigie",
        PGLITE_DIR: path.join(tmp, "unused", "pglite"),
        ...env,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("started");
    // One JSON log line (lib/observability/logger.ts), written before the process exits.
    const lines = result.stdout.split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "fatal", msg: message });
  });
});

describe("server start without AUTH_SECRET in production", () => {
  it("on the embedded database: creates .data/auth-secret (0600) beside the database once, and reuses it", () => {
    const env = { NODE_ENV: "production", PGLITE_DIR: path.join(tmp, "data", "pglite") };
    const print = `const { env } = await import("./lib/env.mjs"); console.log("secret=" + env.AUTH_SECRET);`;
    const file = path.join(tmp, "data", "auth-secret");
    const first = run(print, env);
    expect(first.status).toBe(0);
    const secret = /secret=(\S+)/.exec(first.stdout)?.[1];
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(first.stdout).toContain(`[vigie] AUTH_SECRET is not set: generated a random secret in ${file}`);
    expect(readFileSync(file, "utf8").trim()).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = run(print, env);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(`secret=${secret}`);
  });
});

describe("server start without CERTIFICATE_SIGNING_KEY in production", () => {
  it("on the embedded database: keeps a generated key in .data/certificate-signing-key.pem (0600) and reuses it", () => {
    const env = { NODE_ENV: "production", PGLITE_DIR: path.join(tmp, "keyed", "pglite") };
    const print = `const { env } = await import("./lib/env.mjs"); console.log("kid=" + env.certificateKeys.kid);`;
    const file = path.join(tmp, "keyed", "certificate-signing-key.pem");
    const first = run(print, env);
    expect(first.status).toBe(0);
    const kid = /kid=(\S+)/.exec(first.stdout)?.[1];
    expect(kid).toMatch(/^[\w-]{11}$/);
    expect(first.stdout).toContain(`[vigie] CERTIFICATE_SIGNING_KEY is not set: generated an Ed25519 key in ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(run(print, env).stdout).toBe(`kid=${kid}`);
  });
});
