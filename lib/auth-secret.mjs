// Which secret signs session cookies, sign-in proofs and quiz tokens: the rule (pure) and its file I/O.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MIN_SECRET_BYTES = 32;

/** Development and tests only: never returned in production (see resolveAuthSecret). */
export const DEVELOPMENT_AUTH_SECRET = "development-only-secret-never-use-in-production-0123456789";

const HOW = "32+ random bytes, e.g. `openssl rand -base64 32`";

/**
 * @typedef {{ action: "use"; secret: string; source: "env" | "file" | "development" }
 *   | { action: "generate"; file: string | null }
 *   | { action: "refuse"; message: string }} SecretDecision
 */

/**
 * The rule, without I/O. In production: AUTH_SECRET when set (refused under 32 bytes); otherwise, on
 * the embedded database only (one process by construction), the secret kept in `secretFile`, created
 * on the first start; with DATABASE_URL (a real deployment, maybe several instances) a refusal.
 * `next build` signs nothing that is served: it gets a throwaway secret kept in memory (file null),
 * never a refusal.
 * Development and tests fall back on the marked development secret.
 * @param {{ production: boolean; building: boolean; authSecret?: string; databaseUrl?: string; secretFile: string; stored: string | null }} input
 * @returns {SecretDecision}
 */
export function resolveAuthSecret({ production, building, authSecret, databaseUrl, secretFile, stored }) {
  if (authSecret) {
    if (production && !building && Buffer.byteLength(authSecret, "utf8") < MIN_SECRET_BYTES) {
      return {
        action: "refuse",
        message: `Invalid environment variable AUTH_SECRET: shorter than ${MIN_SECRET_BYTES} bytes (use ${HOW})`,
      };
    }
    return { action: "use", secret: authSecret, source: "env" };
  }
  if (building) return { action: "generate", file: null };
  if (!production) return { action: "use", secret: DEVELOPMENT_AUTH_SECRET, source: "development" };
  if (databaseUrl) {
    return {
      action: "refuse",
      message: `Invalid environment variable AUTH_SECRET: required in production when DATABASE_URL is set (${HOW})`,
    };
  }
  if (stored === null) return { action: "generate", file: secretFile };
  if (Buffer.byteLength(stored, "utf8") < MIN_SECRET_BYTES) {
    return {
      action: "refuse",
      message: `Invalid environment variable AUTH_SECRET: unset, and ${secretFile} holds fewer than ${MIN_SECRET_BYTES} bytes (delete that file or set AUTH_SECRET)`,
    };
  }
  return { action: "use", secret: stored, source: "file" };
}

/** `.data/pglite` → `.data/auth-secret`: the secret lives beside the embedded database it belongs to. */
export function secretFileFor(pgliteDir) {
  return path.join(path.dirname(path.resolve(pgliteDir)), "auth-secret");
}

function readStored(file) {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Applies the rule to the real environment: reads the secret file, creates it (mode 0600) when the
 * rule says so, and throws the refusal, which the start-up reports as one line.
 * @param {{ production: boolean; building: boolean; authSecret?: string; databaseUrl?: string; pgliteDir: string }} input
 * @returns {string}
 */
export function loadAuthSecret({ pgliteDir, ...input }) {
  const secretFile = secretFileFor(pgliteDir);
  const needsFile = input.production && !input.building && !input.authSecret && !input.databaseUrl;
  const decision = resolveAuthSecret({ ...input, secretFile, stored: needsFile ? readStored(secretFile) : null });
  if (decision.action === "refuse") throw new Error(decision.message);
  if (decision.action === "use") return decision.secret;
  const secret = randomBytes(32).toString("base64url");
  if (decision.file === null) return secret;
  mkdirSync(path.dirname(decision.file), { recursive: true });
  try {
    // "wx": a second bundle of the same process that got there first wins, and its secret is used.
    writeFileSync(decision.file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "EEXIST") return loadAuthSecret({ pgliteDir, ...input });
    throw error;
  }
  console.log(
    `[vigie] AUTH_SECRET is not set: generated a random secret in ${decision.file} (kept for later starts; set AUTH_SECRET to choose your own)`,
  );
  return secret;
}
