// The only reader of process.env: validates the environment once, so a bad setting fails at boot.
import { z } from "zod";
import { loadAuthSecret } from "./auth-secret.mjs";

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  PGLITE_DIR: optional,
  AUTH_SECRET: optional,
  APP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
  SMTP_URL: optional,
  MAIL_FROM: optional,
  OUTBOX_DIR: optional,
  DPO_EMAIL: z.preprocess((v) => (v === "" ? undefined : v), z.email().optional()),
  CRON_SECRET: optional,
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(12).default(12),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  EVENT_LOOP_STATS_FILE: optional,
});

function loadEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new Error(`Invalid environment variable ${name}: ${issue?.message ?? "invalid"}`);
  }
  const e = parsed.data;
  const isProd = e.NODE_ENV === "production";
  const PGLITE_DIR = e.PGLITE_DIR ?? ".data/pglite";
  /** @type {string | undefined} */
  let authSecret;
  return {
    ...e,
    // Resolved at first use, not at import: `next build` and next.config never need it, and the
    // server start (lib/server-start.ts) reads it first so that a refusal stops it with one line.
    get AUTH_SECRET() {
      authSecret ??= loadAuthSecret({
        production: isProd,
        building: process.env.NEXT_PHASE === "phase-production-build",
        authSecret: e.AUTH_SECRET,
        databaseUrl: e.DATABASE_URL,
        pgliteDir: PGLITE_DIR,
      });
      return authSecret;
    },
    APP_URL: e.APP_URL ?? "http://localhost:3000",
    MAIL_FROM: e.MAIL_FROM ?? "Vigie <no-reply@vigie.localhost>",
    OUTBOX_DIR: e.OUTBOX_DIR ?? ".data/outbox",
    PGLITE_DIR,
    DPO_EMAIL: e.DPO_EMAIL ?? "dpo@vigie.localhost",
    isProduction: isProd,
  };
}

export const env = loadEnv();
