import { refuseBodyMethods } from "@/lib/request-body";
import { metricsResponse } from "@/lib/observability/metrics-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

/** Prometheus scrape, `Authorization: Bearer $METRICS_TOKEN`; 404 when METRICS_TOKEN is unset. */
export async function GET(request: Request) {
  return metricsResponse(request);
}
