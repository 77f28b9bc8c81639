// Every HTTP request the server receives: its id (kept for the whole request, returned in X-Request-Id),
// its duration by route pattern, and one access-log line.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { requestContext, requestIdFrom, REQUEST_ID_HEADER } from "./request-context";
import { loadRouteTable, routePattern } from "./route-pattern";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const started = new WeakMap<IncomingMessage, bigint>();
const globalForHttp = globalThis as unknown as { vigieHttpObserved?: boolean };

/**
 * Subscribes to Node's documented HTTP server channels, which run before any request listener and
 * after the response's last byte: pages, server actions and route handlers are all covered without
 * a per-request proxy (see proxy.ts for what that costs). Called once, from instrumentation's register().
 */
export function observeHttpRequests(): void {
  if (globalForHttp.vigieHttpObserved) return;
  globalForHttp.vigieHttpObserved = true;
  const routes = loadRouteTable();
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    started.set(request, process.hrtime.bigint());
    // Everything the request's listener does from here, awaited or not, sees this context.
    requestContext.enterWith({ requestId });
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const start = started.get(request);
    if (start === undefined) return;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const method = METHODS.has(request.method ?? "") ? request.method! : "other";
    const route = routePattern(request.url ?? "/", routes);
    const status = response.statusCode;
    metrics.httpDuration.observe({ method, route, status }, seconds);
    logger.info(
      { requestId: request.headers[REQUEST_ID_HEADER], method, route, status, ms: Math.round(seconds * 1e4) / 10 },
      "request",
    );
  });
}
