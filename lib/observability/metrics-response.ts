// GET /api/metrics: the Prometheus text format, for a scraper holding METRICS_TOKEN only.
import "server-only";
import { env } from "@/lib/env.mjs";
import { hasBearer } from "@/lib/net/bearer";
import { outboxJobCounts } from "./job-counts";
import { logger } from "./logger";
import { metrics } from "./metrics";

const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

export async function metricsResponse(request: Request): Promise<Response> {
  // Without a token the endpoint does not exist: nothing to guess at.
  if (!env.METRICS_TOKEN) return new Response("Not found", { status: 404, headers: NO_STORE });
  if (!hasBearer(request, env.METRICS_TOKEN)) {
    logger.warn("metrics scrape refused: missing or wrong token");
    return new Response("Unauthorized", {
      status: 401,
      headers: { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  metrics.state.jobCounts ??= outboxJobCounts;
  const body = await metrics.registry.metrics();
  return new Response(body, { headers: { ...NO_STORE, "Content-Type": metrics.registry.contentType } });
}
