import { describe, expect, it } from "vitest";
import { DEVELOPMENT_AUTH_SECRET, resolveAuthSecret, secretFileFor } from "@/lib/auth-secret.mjs";

const STRONG = "x".repeat(32);
const FILE = "/srv/vigie/.data/auth-secret";
const base = {
  production: true,
  building: false,
  authSecret: undefined,
  databaseUrl: undefined,
  secretFile: FILE,
  stored: null,
};

describe("AUTH_SECRET resolution", () => {
  it("uses AUTH_SECRET when it has 32 bytes or more, whatever the database", () => {
    expect(resolveAuthSecret({ ...base, authSecret: STRONG })).toEqual({
      action: "use",
      secret: STRONG,
      source: "env",
    });
    expect(resolveAuthSecret({ ...base, authSecret: STRONG, databaseUrl: "postgres://db/vigie" })).toMatchObject({
      action: "use",
      secret: STRONG,
    });
  });

  it("refuses a production AUTH_SECRET under 32 bytes (counted as UTF-8 bytes), naming the variable", () => {
    const decision = resolveAuthSecret({ ...base, authSecret: "x".repeat(31) });
    expect(decision).toMatchObject({ action: "refuse" });
    expect(decision.action === "refuse" && decision.message).toMatch(
      /^Invalid environment variable AUTH_SECRET: shorter than 32 bytes/,
    );
    // 16 two-byte characters are 32 bytes.
    expect(resolveAuthSecret({ ...base, authSecret: "é".repeat(16) })).toMatchObject({ action: "use" });
  });

  it("refuses to start in production with DATABASE_URL and no AUTH_SECRET, whatever APP_URL says", () => {
    const decision = resolveAuthSecret({ ...base, databaseUrl: "postgres://db/vigie" });
    expect(decision).toEqual({
      action: "refuse",
      message:
        "Invalid environment variable AUTH_SECRET: required in production when DATABASE_URL is set (32+ random bytes, e.g. `openssl rand -base64 32`)",
    });
    expect(decision.action === "refuse" && decision.message).not.toContain("\n");
  });

  it("on the embedded database in production, creates the secret file once, then reuses it", () => {
    expect(resolveAuthSecret(base)).toEqual({ action: "generate", file: FILE });
    const stored = "s".repeat(43);
    expect(resolveAuthSecret({ ...base, stored })).toEqual({ action: "use", secret: stored, source: "file" });
  });

  it("refuses a secret file that holds less than 32 bytes instead of signing with it", () => {
    const decision = resolveAuthSecret({ ...base, stored: "" });
    expect(decision.action === "refuse" && decision.message).toContain(FILE);
  });

  it("never hands the published development secret to production", () => {
    for (const databaseUrl of [undefined, "postgres://db/vigie"]) {
      for (const stored of [null, "s".repeat(43)]) {
        const decision = resolveAuthSecret({ ...base, databaseUrl, stored });
        expect(decision.action === "use" && decision.secret).not.toBe(DEVELOPMENT_AUTH_SECRET);
      }
    }
  });

  it("keeps the marked development secret for development and tests, with no file", () => {
    for (const databaseUrl of [undefined, "postgres://db/vigie"]) {
      expect(resolveAuthSecret({ ...base, production: false, databaseUrl })).toEqual({
        action: "use",
        secret: DEVELOPMENT_AUTH_SECRET,
        source: "development",
      });
    }
  });

  it("never refuses and never writes a file during next build (a throwaway secret in memory)", () => {
    expect(resolveAuthSecret({ ...base, building: true, databaseUrl: "postgres://db/vigie" })).toEqual({
      action: "generate",
      file: null,
    });
    expect(resolveAuthSecret({ ...base, building: true })).toEqual({ action: "generate", file: null });
    expect(resolveAuthSecret({ ...base, building: true, authSecret: "short" })).toMatchObject({
      action: "use",
      secret: "short",
    });
  });

  it("keeps the secret file beside the embedded database folder", () => {
    expect(secretFileFor("/srv/vigie/.data/pglite")).toBe("/srv/vigie/.data/auth-secret");
  });
});
