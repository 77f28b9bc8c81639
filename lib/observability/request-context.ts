// The request a piece of server code runs for, without passing it down: its id goes on every log line.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestContext {
  requestId: string;
}

// Next.js loads instrumentation and each route in separate bundles: one store per process, not per bundle.
const globalForContext = globalThis as unknown as { vigieRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (globalForContext.vigieRequestContext ??= new AsyncLocalStorage<RequestContext>());

export const REQUEST_ID_HEADER = "x-request-id";

/** nginx's $request_id is 32 hex digits; other proxies send UUIDs. Anything else is replaced. */
const VALID_REQUEST_ID = /^[A-Za-z0-9-]{16,64}$/;

/** The id to carry: the proxy's when it sent a well-formed one (so both logs join up), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && VALID_REQUEST_ID.test(value) ? value : randomUUID();
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
