// Prometheus metrics of the process (prom-client), exposed by app/api/metrics behind METRICS_TOKEN.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export interface JobCounts {
  queued: number;
  active: number;
  failed: number;
}
export type JobCountsSource = () => Promise<JobCounts>;

function createMetrics() {
  const registry = new Registry();
  // Process CPU, memory, GC, handles, and the event-loop delay (nodejs_eventloop_lag_*_seconds).
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const state: { jobCounts?: JobCountsSource } = {};
  return {
    registry,
    state,
    httpDuration: new Histogram({
      name: "vigie_http_request_duration_seconds",
      help: "Time from request to the end of the response, by route pattern",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    quizSubmissions: new Counter({
      name: "vigie_quiz_submissions_total",
      help: "Quiz submissions that reached grading, by outcome: passed, failed, too_early (lesson not studied long enough), refused (a replay with other answers)",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    signIns: new Counter({
      name: "vigie_sign_ins_total",
      help: "Sign-in attempts by outcome: ok, invalid, unconfirmed, throttled, unknown (a verified identity with no account yet)",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    dbQueriesInFlight: new Gauge({
      name: "vigie_db_queries_in_flight",
      help: "Database statements sent and not yet answered (waiting for or holding a pooled connection)",
      registers: [registry],
    }),
    dbQueryDuration: new Histogram({
      name: "vigie_db_query_duration_seconds",
      help: "Time of one database statement, queueing for a connection included",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers: [registry],
    }),
    dbPoolMax: new Gauge({
      name: "vigie_db_pool_max_connections",
      help: "Connections the process may open to PostgreSQL (DB_POOL_MAX; 1 for the embedded database)",
      registers: [registry],
    }),
    jobs: new Gauge({
      name: "vigie_jobs",
      help: "Background jobs by state: queued, active, failed",
      labelNames: ["state"] as const,
      registers: [registry],
      async collect() {
        if (!state.jobCounts) return;
        const counts = await state.jobCounts();
        for (const [jobState, count] of Object.entries(counts)) this.set({ state: jobState }, count);
      },
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// One registry per process: instrumentation and each route are separate bundles.
const globalForMetrics = globalThis as unknown as { vigieMetrics?: Metrics };
export const metrics: Metrics = (globalForMetrics.vigieMetrics ??= createMetrics());

/** The job engine says how to count its jobs; until then the email outbox is counted (lib/observability/job-counts). */
export function setJobCountsSource(source: JobCountsSource): void {
  metrics.state.jobCounts = source;
}
