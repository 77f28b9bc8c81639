import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scrubText, scrubValue } from "@/lib/observability/redact";

describe("scrubText", () => {
  it("removes addresses, tokens and the paths of links", () => {
    const token = randomBytes(32).toString("base64url");
    const line = `sent to Zoé.N'Diaye+x@exemple.fr: https://vigie.example/fr/reset-password/${token}?a=1 (${token})`;
    const scrubbed = scrubText(line);
    expect(scrubbed).toBe("sent to [email]: https://vigie.example/[redacted] ([redacted])");
  });

  it("removes hex digests and JWT-like runs", () => {
    const hex = randomBytes(32).toString("hex");
    expect(scrubText(`hash ${hex}`)).toBe("hash [redacted]");
    expect(scrubText("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghij1234567890")).toBe("[redacted]");
  });

  it("keeps what carries nothing personal: slugs, scoped packages, SQL identifiers, short ids", () => {
    for (const text of [
      "route /[locale]/learn/[moduleSlug]/[unitSlug]/quiz",
      "at node_modules/@opentelemetry/api/build/src/index.js:12",
      "comprendre-la-menace/qu-est-ce-que-le-terrorisme",
      'update "users" set "retention_warning_sent_at" = $1',
      "email 42 not delivered (attempt 3)",
      "exporting to http://127.0.0.1:4318",
    ]) {
      expect(scrubText(text)).toBe(text);
    }
  });
});

describe("scrubValue", () => {
  it("drops sensitive keys, scrubs nested strings and errors, keeps request ids", () => {
    const requestId = randomUUID();
    const error = new Error("duplicate key: Key (email)=(ana@example.org) already exists");
    const value = scrubValue({
      requestId,
      email: "ana@example.org",
      user: { firstName: "Ana", note: "ana@example.org" },
      err: error,
      list: ["x@y.fr"],
    }) as Record<string, unknown>;
    expect(value.requestId).toBe(requestId);
    expect(value.email).toBe("[redacted]");
    expect(value.user).toEqual({ firstName: "[redacted]", note: "[email]" });
    expect((value.err as Error).message).toBe("duplicate key: Key (email)=([email]) already exists");
    expect((value.err as Error).stack).not.toContain("ana@example.org");
    expect(value.list).toEqual(["[email]"]);
    // The original is untouched.
    expect(error.message).toContain("ana@example.org");
  });
});

describe("row ids", () => {
  it("are kept: an outbox file or an attempt id names no one", () => {
    const file = `.data/outbox/2026-11-30T09-34-06-915Z-${randomUUID()}.eml`;
    expect(scrubText(`written to ${file}`)).toBe(`written to ${file}`);
  });
});
