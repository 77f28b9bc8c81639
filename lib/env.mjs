// The only reader of process.env: validates the environment once, so a bad setting fails at boot.
import { isIP } from "node:net";
import { z } from "zod";
import { loadAuthSecret } from "./auth-secret.mjs";
import { loadCertificateKeys } from "./certificate-key.mjs";

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
  CERTIFICATE_SIGNING_KEY: optional,
  CERTIFICATE_SIGNING_KEY_ID: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, "letters, digits, - and _ only (at most 40)")
      .optional(),
  ),
  CERTIFICATE_RETIRED_PUBLIC_KEYS: optional,
  APP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
  SMTP_URL: optional,
  MAIL_FROM: optional,
  OUTBOX_DIR: optional,
  DPO_EMAIL: z.preprocess((v) => (v === "" ? undefined : v), z.email().optional()),
  ACCESSIBILITY_CONTACT: z.preprocess((v) => (v === "" ? undefined : v), z.email().optional()),
  CONTACT_EMAIL: z.preprocess((v) => (v === "" ? undefined : v), z.email().optional()),
  CRON_SECRET: optional,
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(12).default(12),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  JOBS_POOL_MAX: z.coerce.number().int().min(1).max(20).default(3),
  EVENT_LOOP_STATS_FILE: optional,
  TRUSTED_PROXY_HOPS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(0).max(10).default(0),
  ),
  TRUSTED_PROXIES: optional,
  VERCEL: optional,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
  // Long enough not to be guessed: the metrics say how busy the service is and what fails.
  METRICS_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(24).optional()),
  // OpenID Connect providers: kept as text here and checked by lib/auth/oidc/settings.ts, since an
  // invalid one only hides its button (one line logged) instead of stopping the server.
  OIDC_FRANCECONNECT_ISSUER: optional,
  OIDC_FRANCECONNECT_CLIENT_ID: optional,
  OIDC_FRANCECONNECT_CLIENT_SECRET: optional,
  OIDC_PROCONNECT_ISSUER: optional,
  OIDC_PROCONNECT_CLIENT_ID: optional,
  OIDC_PROCONNECT_CLIENT_SECRET: optional,
});

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (`10.0.0.0/8, 2001:db8::/32, 192.0.2.7`)
 * of the reverse proxies allowed to report the client's address in X-Forwarded-For.
 * @returns {{ address: string; prefix: number; family: "ipv4" | "ipv6" }[]}
 */
export function parseTrustedProxies(list) {
  return list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [address = "", prefixText, extra] = item.split("/");
      const version = isIP(address);
      const max = version === 4 ? 32 : 128;
      const prefix = prefixText === undefined ? max : Number(prefixText);
      if (!version || extra !== undefined || !/^\d{1,3}$/.test(prefixText ?? String(max)) || prefix > max) {
        throw new Error(`Invalid environment variable TRUSTED_PROXIES: "${item}" is not an IP address or CIDR range`);
      }
      return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
    });
}

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
  const trustedProxies = e.TRUSTED_PROXIES ? parseTrustedProxies(e.TRUSTED_PROXIES) : [];
  if (trustedProxies.length > 0 && e.TRUSTED_PROXY_HOPS > 0) {
    throw new Error(
      "Invalid environment variable TRUSTED_PROXIES: set either TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both",
    );
  }
  /** @type {string | undefined} */
  let authSecret;
  /** @type {import("./certificate-key.mjs").CertificateKeys | undefined} */
  let certificateKeys;
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
    // Resolved at first use, like AUTH_SECRET: the server start reads it so that a refusal stops it.
    get certificateKeys() {
      certificateKeys ??= loadCertificateKeys({
        production: isProd,
        building: process.env.NEXT_PHASE === "phase-production-build",
        signingKey: e.CERTIFICATE_SIGNING_KEY,
        keyId: e.CERTIFICATE_SIGNING_KEY_ID,
        retiredPublicKeys: e.CERTIFICATE_RETIRED_PUBLIC_KEYS,
        databaseUrl: e.DATABASE_URL,
        pgliteDir: PGLITE_DIR,
      });
      return certificateKeys;
    },
    trustedProxies,
    /** Vercel sets VERCEL=1 in its build and runtime environments. */
    isVercel: e.VERCEL === "1",
    APP_URL: e.APP_URL ?? "http://localhost:3000",
    MAIL_FROM: e.MAIL_FROM ?? "Vigie <no-reply@vigie.localhost>",
    OUTBOX_DIR: e.OUTBOX_DIR ?? ".data/outbox",
    PGLITE_DIR,
    DPO_EMAIL: e.DPO_EMAIL ?? "dpo@vigie.localhost",
    ACCESSIBILITY_CONTACT: e.ACCESSIBILITY_CONTACT ?? "accessibilite@vigie.localhost",
    CONTACT_EMAIL: e.CONTACT_EMAIL ?? "contact@vigie.localhost",
    isProduction: isProd,
  };
}

export const env = loadEnv();
