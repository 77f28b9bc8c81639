import { describe, expect, it } from "vitest";
import { LINGER, readRouteBody } from "@/lib/request-body";

const URL_ = "http://localhost:3000/api/auth/callback/credentials";
const SAME_SITE = { origin: "http://localhost:3000", host: "localhost:3000" };
const KB = 1024;

/** A streamed (chunked) body of `chunks` chunks of `size` bytes, counting what was pulled from it. */
function streamed(chunks: number, size: number) {
  const pulled = { bytes: 0, cancelled: false };
  let left = chunks;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left-- === 0) return controller.close();
      pulled.bytes += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { body, pulled };
}

/** A body whose client never sends a byte. */
function stalled() {
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull: () => new Promise<void>(() => undefined),
    cancel: () => void (state.cancelled = true),
  });
  return { body, state };
}

function post(body: BodyInit | null, headers: Record<string, string> = SAME_SITE): Request {
  return new Request(URL_, { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

async function refused(request: Request, max?: number): Promise<Response> {
  const answer = await readRouteBody(request, max);
  expect(answer).toBeInstanceOf(Response);
  return answer as Response;
}

describe("readRouteBody", () => {
  it("returns the text of a small body from this site", async () => {
    expect(await readRouteBody(post("identifier=z%C3%A9&password=x"))).toBe("identifier=z%C3%A9&password=x");
  });

  it("accepts a small chunked body, decoding characters split across chunks", async () => {
    const bytes = new TextEncoder().encode("name=Zoë Œlschläger");
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    expect(await readRouteBody(post(body))).toBe("name=Zoë Œlschläger");
  });

  it("accepts a body of exactly the limit", async () => {
    expect(await readRouteBody(post("a".repeat(4 * KB)), 4 * KB)).toHaveLength(4 * KB);
  });

  it("answers 403 to another site, or to no Origin, without waiting for the body", async () => {
    for (const headers of [{ ...SAME_SITE, origin: "https://evil.example" }, { host: "localhost:3000" }]) {
      expect((await refused(post(stalled().body, headers))).status).toBe(403);
    }
  });

  it("answers 413 to a declared length above the limit without waiting for the body", async () => {
    expect(
      (await refused(post(stalled().body, { ...SAME_SITE, "content-length": String(10 * 1024 * KB) }))).status,
    ).toBe(413);
  });

  it("answers 413 as soon as a chunked body passes the limit", async () => {
    const { body, pulled } = streamed(10_000, KB); // 10 MB, announced by nothing
    expect((await refused(post(body), 64 * KB)).status).toBe(413);
    expect(pulled.bytes).toBeLessThan(10_000 * KB);
  });

  it("after a refusal, drops a bounded amount of what still comes, then closes", async () => {
    const { body, pulled } = streamed(10_000, KB);
    await refused(post(body), 64 * KB);
    await expect.poll(() => pulled.cancelled).toBe(true);
    expect(pulled.bytes).toBeLessThanOrEqual(64 * KB + LINGER.bytes + 2 * KB);
  });

  it("after a refusal, closes once the client has sent nothing for the lingering time", async () => {
    const { body, state } = stalled();
    const started = Date.now();
    expect((await refused(post(body, { host: "localhost:3000" }))).status).toBe(403);
    await expect.poll(() => state.cancelled, { timeout: LINGER.ms + 2_000 }).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LINGER.ms - 50);
  });
});
