// Bodies of route handlers, which the proxy does not see (had it run, Next would have read the whole
// body before letting it answer): from this site only, and at most 1 MB whether or not a length is
// declared, counted as the bytes arrive, so an oversized or chunked body is never read in full.
import { isSameOriginRequest } from "./same-origin";

/** Next's own limit for server actions (1 MB), which the proxy and the route handlers apply too. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const TOO_LARGE = "Payload too large: at most 1 MB";
export const CROSS_SITE = "Forbidden: cross-site request";
/** After a refusal, what is still read (and dropped) before the connection is closed. */
export const LINGER = { bytes: 2 * 1024 * 1024, ms: 2_000 };

/** A Content-Length above the limit: refused before a byte of the body is read. */
export function declaresTooLarge(headers: Headers, max = MAX_BODY_BYTES): boolean {
  const declared = headers.get("content-length");
  return declared !== null && !(Number(declared) <= max);
}

/**
 * Reads and drops what the client goes on sending for a moment, then closes the connection (as
 * nginx's lingering close): closed at once, with data still unread, the connection would be reset
 * and the client could lose the answer; never closed, Node would read the whole body.
 */
async function lingerThenClose(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LINGER.ms)));
  try {
    for (let left = LINGER.bytes; left > 0;) {
      const read = await Promise.race([reader.read(), timeUp]);
      if (!read || read.done) break;
      left -= read.value.byteLength;
    }
  } catch {
    // the client went away
  } finally {
    clearTimeout(timer);
  }
  await reader.cancel().catch(() => undefined);
}

function refuse(
  status: 403 | 405 | 413,
  message: string,
  reader: ReadableStreamDefaultReader<Uint8Array> | undefined,
): Response {
  if (reader) void lingerThenClose(reader);
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The body as text, or the answer to send instead: 403 from another site, 413 past the limit. */
export async function readRouteBody(request: Request, max = MAX_BODY_BYTES): Promise<string | Response> {
  const reader = request.body?.getReader();
  if (!isSameOriginRequest(request.headers)) return refuse(403, CROSS_SITE, reader);
  if (declaresTooLarge(request.headers, max)) return refuse(413, TOO_LARGE, reader);
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > max) return refuse(413, TOO_LARGE, reader);
    chunks.push(read.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Handlers for the methods a GET-only route does not serve: 405 at once, the body never read in
 * full. Next's own 405 leaves the body to Node, which (on Node 24) drains it to keep the connection.
 */
export function refuseBodyMethods(allow = "GET, HEAD") {
  const methodNotAllowed = (request: Request) => {
    const answer = refuse(405, "Method not allowed", request.body?.getReader());
    answer.headers.set("Allow", allow);
    return answer;
  };
  return { POST: methodNotAllowed, PUT: methodNotAllowed, PATCH: methodNotAllowed, DELETE: methodNotAllowed };
}
