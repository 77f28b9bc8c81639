import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  currentTotp,
  formatManualKey,
  generateTotpSecret,
  matchTotp,
  normaliseRecoveryCode,
  RECOVERY_CODE_COUNT,
  RECOVERY_RANDOM_BYTES,
  recoveryCodesFrom,
  totpUri,
} from "@/lib/auth/totp";

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" in base32; the RFC's 8-digit values end in these 6 digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP (RFC 6238)", () => {
  it("computes the RFC's test vectors", () => {
    expect(currentTotp(RFC_SECRET, new Date(59_000))).toBe("287082");
    expect(currentTotp(RFC_SECRET, new Date(1_111_111_109_000))).toBe("081804");
    expect(currentTotp(RFC_SECRET, new Date(2_000_000_000_000))).toBe("279037");
  });

  it("accepts the current code and one step either side, and returns its step", () => {
    const now = new Date(1_111_111_109_000);
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotp(RFC_SECRET, currentTotp(RFC_SECRET, now), now, null)).toBe(step);
    expect(matchTotp(RFC_SECRET, currentTotp(RFC_SECRET, new Date(now.getTime() - 30_000)), now, null)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, currentTotp(RFC_SECRET, new Date(now.getTime() + 30_000)), now, null)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, currentTotp(RFC_SECRET, new Date(now.getTime() - 90_000)), now, null)).toBeNull();
  });

  it("never accepts a code of a step already used (replay)", () => {
    const now = new Date(1_111_111_109_000);
    const code = currentTotp(RFC_SECRET, now);
    const step = matchTotp(RFC_SECRET, code, now, null)!;
    expect(matchTotp(RFC_SECRET, code, now, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, currentTotp(RFC_SECRET, new Date(now.getTime() + 30_000)), now, step)).toBe(step + 1);
  });

  it("takes a code typed with spaces, refuses anything not six digits", () => {
    const now = new Date(59_000);
    expect(matchTotp(RFC_SECRET, "287 082", now, null)).not.toBeNull();
    for (const bad of ["", "28708", "2870822", "abcdef", "287082\u0000", "２８７０８２"])
      expect(matchTotp(RFC_SECRET, bad, now, null)).toBeNull();
  });

  it("generates 160-bit base32 secrets and an otpauth URI an authenticator reads", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, "sam");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Vigie:sam\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(formatManualKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("recovery codes", () => {
  it("makes ten distinct codes of 12 symbols from the random bytes", () => {
    const bytes = new Uint8Array(randomBytes(RECOVERY_RANDOM_BYTES));
    const codes = recoveryCodesFrom(bytes);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
  });

  it("reads a code whatever its case, spaces or dashes", () => {
    expect(normaliseRecoveryCode(" K7QM-2XPD 9hta ")).toBe("k7qm2xpd9hta");
  });
});
