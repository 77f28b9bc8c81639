// What the file outbox (no SMTP_URL) prints: the link in development only, never in production.
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as EnvModule from "@/lib/env.mjs";

const mode = vi.hoisted(() => ({ production: true }));
vi.mock("@/lib/env.mjs", async (importOriginal) => {
  const { env } = await importOriginal<typeof EnvModule>();
  return {
    env: new Proxy(env, {
      get: (target, prop) => (prop === "isProduction" ? mode.production : Reflect.get(target, prop)),
    }),
  };
});

import { sendEmail } from "@/lib/email/send";
import { logger } from "@/lib/observability/logger";

const RESET_URL = "http://localhost:3000/fr/reset-password/Zm9vYmFyYmF6cXV4cXV1eA";

async function logOfPasswordReset(): Promise<string> {
  const log = vi.spyOn(logger, "info").mockImplementation(() => {});
  // record: false delivers without the database, through the same outbox writer.
  await sendEmail({
    to: "zoe@example.org",
    userId: null,
    template: "passwordReset",
    locale: "fr",
    url: RESET_URL,
    record: false,
  });
  const lines = log.mock.calls.map((call) => (call as unknown[]).join(" "));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

afterEach(() => vi.restoreAllMocks());

describe("file outbox log line", () => {
  it("in production: says an email was written and where, without its link or address", async () => {
    mode.production = true;
    const line = await logOfPasswordReset();
    expect(line).toMatch(/^email ".+" written to .+\.eml$/);
    expect(line).not.toContain("reset-password");
    expect(line).not.toContain("http");
    expect(line).not.toContain("zoe@example.org");
  });

  it("in development: keeps the link, for convenience", async () => {
    mode.production = false;
    expect(await logOfPasswordReset()).toContain(`link: ${RESET_URL}`);
  });
});
