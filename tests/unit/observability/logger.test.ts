import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/observability/logger";
import { requestContext } from "@/lib/observability/request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("logger", () => {
  it("writes JSON lines with the current request's id, and none outside a request", () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: "0123456789abcdef0123456789abcdef" }, () => logger.info("inside"));
    logger.info("outside");
    expect(lines[0]).toMatchObject({ level: "info", msg: "inside", requestId: "0123456789abcdef0123456789abcdef" });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("scrubs messages, objects and errors before they are written", () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error("rejected: bob@example.org"), to: "bob@example.org" }, "mail to bob@example.org");
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain("bob@example.org");
    expect(lines[0]).toMatchObject({ msg: "mail to [email]", to: "[redacted]", err: { message: "rejected: [email]" } });
  });

  it("keeps the explicit request id of an access line over the context's", () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: "ffffffffffffffffffffffffffffffff" }, () =>
      logger.info({ requestId: "0123456789abcdef0123456789abcdef" }, "request"),
    );
    expect(lines[0]!.requestId).toBe("0123456789abcdef0123456789abcdef");
  });
});
