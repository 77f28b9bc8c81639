// The only reader of process.env: validates the environment once, so a bad setting fails at boot.
import { z } from "zod";

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const DEV_AUTH_SECRET = "development-only-secret-never-use-in-production-0123456789";

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
  // A public HTTPS deployment must never run on the published development secret.
  if (!e.AUTH_SECRET && e.APP_URL?.startsWith("https://") && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("Invalid environment variable AUTH_SECRET: required when APP_URL is an https:// address");
  }
  if (isProd && !e.AUTH_SECRET && process.env.NEXT_PHASE !== "phase-production-build" && !globalThis.vigieSecretWarned) {
    globalThis.vigieSecretWarned = true;
    if (process.env.VIGIE_ALLOW_DEV_SECRET !== "1") {
      console.warn(
        "[vigie] AUTH_SECRET is not set: using the development-only secret. Set AUTH_SECRET before any real deployment.",
      );
    }
  }
  return {
    ...e,
    AUTH_SECRET: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    usesDevSecret: !e.AUTH_SECRET,
    APP_URL: e.APP_URL ?? "http://localhost:3000",
    MAIL_FROM: e.MAIL_FROM ?? "Vigie <no-reply@vigie.localhost>",
    OUTBOX_DIR: e.OUTBOX_DIR ?? ".data/outbox",
    PGLITE_DIR: e.PGLITE_DIR ?? ".data/pglite",
    DPO_EMAIL: e.DPO_EMAIL ?? "dpo@vigie.localhost",
    isProduction: isProd,
  };
}

export const env = loadEnv();
