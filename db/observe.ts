// Every statement Drizzle sends, on either driver: one OpenTelemetry span (a no-op unless tracing is
// on, see lib/observability/tracing.ts) and the in-flight and duration metrics. Neither postgres.js
// nor PGlite has an instrumentation of its own, and Drizzle's tracer is never enabled.
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { metrics } from "@/lib/observability/metrics";

type QueryMethod = (this: { queryString: string }, ...args: unknown[]) => Promise<unknown>;
const OBSERVED = Symbol.for("vigie.observedQueries");
const tracer = trace.getTracer("vigie.db");

export function observeQuery<T>(queryText: string, run: () => Promise<T>): Promise<T> {
  metrics.dbQueriesInFlight.inc();
  const stopTimer = metrics.dbQueryDuration.startTimer();
  const operation = /^\s*(\w+)/.exec(queryText)?.[1]?.toUpperCase() ?? "QUERY";
  return tracer.startActiveSpan(operation, { kind: SpanKind.CLIENT }, async (span) => {
    // The statement as Drizzle wrote it, with $1… placeholders: the values (addresses, names) never go.
    if (span.isRecording()) span.setAttributes({ "db.system.name": "postgresql", "db.query.text": queryText });
    try {
      return await run();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string }).code ?? "query failed" });
      throw error;
    } finally {
      span.end();
      stopTimer();
      metrics.dbQueriesInFlight.dec();
    }
  });
}

/** Wraps the prepared-query class of a Drizzle driver, once (`execute` and `all` are its two ways out). */
export function observeQueries(preparedQuery: { prototype: object }): void {
  const proto = preparedQuery.prototype as Record<string | symbol, unknown>;
  if (proto[OBSERVED]) return;
  proto[OBSERVED] = true;
  for (const name of ["execute", "all"]) {
    const original = proto[name] as QueryMethod;
    proto[name] = function (this: { queryString: string }, ...args: unknown[]) {
      return observeQuery(this.queryString, () => original.apply(this, args));
    };
  }
}
