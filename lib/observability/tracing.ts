// OpenTelemetry traces, exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Unset, no SDK
// is even loaded: Next.js's own spans and ours (db/observe.ts) go to the API's no-op tracer.
import { logger } from "./logger";
import { ScrubbingSpanProcessor } from "./scrub-spans";

export async function startTracing(): Promise<void> {
  let endpoint: string | undefined;
  try {
    endpoint = (await import("@/lib/env.mjs")).env.OTEL_EXPORTER_OTLP_ENDPOINT;
  } catch {
    return; // an invalid environment: the server start reports it in one line (lib/server-start.ts)
  }
  if (!endpoint) return;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] =
    await Promise.all([
      import("@opentelemetry/sdk-trace-node"),
      import("@opentelemetry/exporter-trace-otlp-http"),
      import("@opentelemetry/resources"),
    ]);
  // The exporter reads the standard variables itself: OTEL_EXPORTER_OTLP_ENDPOINT (+ /v1/traces),
  // OTEL_EXPORTER_OTLP_HEADERS; the provider reads OTEL_TRACES_SAMPLER and OTEL_BSP_* .
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "vigie" }),
    spanProcessors: [new ScrubbingSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter()))],
  });
  provider.register();
  // The last batch goes out when the process is stopped (next start exits on SIGTERM).
  process.once("SIGTERM", () => void provider.shutdown());
  logger.info({ endpoint: new URL(endpoint).origin }, "tracing exported over OTLP/HTTP");
}
