// The capacity model of docs/capacity.md: pure arithmetic on measured per-request costs.

export type RequestKind =
  | "public page (app, cache miss)"
  | "personal part (/api/me, signed in)"
  | "signed-in unit page"
  | "quiz submission"
  | "sign-in (Argon2id)"
  | "certificate PDF";

export interface Measured {
  kind: RequestKind;
  /** CPU time of the Node process per request. */
  appCpuMs: number;
  /** CPU time of every PostgreSQL backend per request. */
  pgCpuMs: number;
  /** SQL statements executed per request (pg_stat_statements calls). */
  statements: number;
  /** Latency at low load (4 connections). */
  p50: number;
  errors: number;
}

export const ASSUMPTIONS = {
  connectedLearners: 250_000,
  /** Mean time between two page views of one connected learner (reading, answering). */
  thinkTimeSeconds: 30,
  /**
   * What one page view is, by share (the bench's campaign-day mix). A public page comes from nginx's
   * cache, but the browser of a signed-in learner then asks /api/me, which reaches the app.
   */
  mix: [
    { kind: "personal part (/api/me, signed in)", share: 0.6 },
    { kind: "signed-in unit page", share: 0.25 },
    { kind: "quiz submission", share: 0.12 },
    { kind: "sign-in (Argon2id)", share: 0.02 },
    { kind: "certificate PDF", share: 0.01 },
  ] as { kind: RequestKind; share: number }[],
  /** Busy share of a core at which latency is still flat (queueing grows as 1 / (1 − ρ)). */
  appUtilisation: 0.6,
  postgresUtilisation: 0.5,
  /** postgres.js connections per instance (DB_POOL_MAX in the deploy files). */
  poolPerInstance: 20,
} as const;

export interface Sizing {
  requestsPerSecond: number;
  appCpuMsPerView: number;
  pgCpuMsPerView: number;
  statementsPerView: number;
  statementsPerSecond: number;
  /** One Node process per core. */
  appInstances: number;
  postgresCores: number;
  databaseConnections: number;
  saturatesFirst: string;
}

function weighted(measured: Measured[], pick: (m: Measured) => number): number {
  return ASSUMPTIONS.mix.reduce((sum, { kind, share }) => {
    const m = measured.find((each) => each.kind === kind);
    if (!m) throw new Error(`no measure for "${kind}"`);
    return sum + share * pick(m);
  }, 0);
}

export function sizeFor(measured: Measured[], a = ASSUMPTIONS): Sizing {
  const rate = a.connectedLearners / a.thinkTimeSeconds;
  const appMs = weighted(measured, (m) => m.appCpuMs);
  const pgMs = weighted(measured, (m) => m.pgCpuMs);
  const statements = weighted(measured, (m) => m.statements);
  const appInstances = Math.ceil((rate * appMs) / 1000 / a.appUtilisation);
  const postgresCores = Math.ceil((rate * pgMs) / 1000 / a.postgresUtilisation);
  return {
    requestsPerSecond: Math.round(rate),
    appCpuMsPerView: Math.round(appMs * 100) / 100,
    pgCpuMsPerView: Math.round(pgMs * 100) / 100,
    statementsPerView: Math.round(statements * 100) / 100,
    statementsPerSecond: Math.round(rate * statements),
    appInstances,
    postgresCores,
    databaseConnections: appInstances * a.poolPerInstance,
    saturatesFirst:
      appMs / a.appUtilisation >= pgMs / a.postgresUtilisation
        ? "the app's CPU (add instances: they share nothing but PostgreSQL)"
        : "PostgreSQL's CPU (one primary: scale it up, or move reads to replicas)",
  };
}

/**
 * p95 latency of one instance (one event loop: M/M/1) at `rate` requests/s of one kind: the latency
 * at low load plus the 95th percentile of the queueing wait, P(wait > t) = ρ·exp(−(1 − ρ)·t / S),
 * with S the CPU time per request and ρ = rate · S.
 */
export function predictedP95(m: Pick<Measured, "appCpuMs" | "p50">, rate: number): number {
  const service = m.appCpuMs;
  const rho = (rate * service) / 1000;
  if (rho >= 1) return Number.POSITIVE_INFINITY;
  const wait = 20 * rho > 1 ? (service / (1 - rho)) * Math.log(20 * rho) : 0;
  return m.p50 + wait;
}
