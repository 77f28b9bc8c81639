import { describe, expect, it } from "vitest";
import {
  CROCKFORD_ALPHABET,
  generateVerificationCode,
  normaliseVerificationCode,
} from "@/lib/certificates/verification-code";

const GROUPED = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/;

describe("generateVerificationCode", () => {
  it("produces 1,000 unique, well-formed codes", () => {
    const codes = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const code = generateVerificationCode();
      expect(code).toMatch(GROUPED);
      expect(code).toHaveLength(23);
      expect(code.replace(/-/g, "")).toHaveLength(20);
      expect(code).not.toMatch(/[ILOU]/);
      codes.add(code);
    }
    expect(codes.size).toBe(1000);
  });

  it("is a fixed point of normalisation", () => {
    for (let i = 0; i < 50; i++) {
      const code = generateVerificationCode();
      expect(normaliseVerificationCode(code)).toBe(code);
    }
  });

  it("uses the whole alphabet, including the last symbol of each group", () => {
    const seen = new Set<string>();
    const seenAtLastPosition = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const raw = generateVerificationCode().replace(/-/g, "");
      for (const ch of raw) seen.add(ch);
      seenAtLastPosition.add(raw.charAt(19));
    }
    expect(seen.size).toBe(32);
    // The 20th symbol carries full 5-bit entropy (no padding bits).
    expect(seenAtLastPosition.size).toBeGreaterThan(25);
  });
});

describe("normaliseVerificationCode", () => {
  it("has the Crockford alphabet without I, L, O, U", () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it("uppercases and regroups lowercase input with spaces", () => {
    expect(normaliseVerificationCode("7k3qf m0zt9 xw4ha 2bcne")).toBe("7K3QF-M0ZT9-XW4HA-2BCNE");
    expect(normaliseVerificationCode("  7k3qfm0zt9xw4ha2bcne ")).toBe("7K3QF-M0ZT9-XW4HA-2BCNE");
    expect(normaliseVerificationCode("7K3QF-M0ZT9 - XW4HA-2BCNE")).toBe("7K3QF-M0ZT9-XW4HA-2BCNE");
  });

  it("maps the look-alikes O to 0 and I/L to 1", () => {
    expect(normaliseVerificationCode("ooooo-iiiii-lllll-OIL00")).toBe("00000-11111-11111-01100");
  });

  it("rejects bad input", () => {
    expect(normaliseVerificationCode("")).toBeNull();
    expect(normaliseVerificationCode("7K3QF-M0ZT9-XW4HA-2BCN")).toBeNull(); // 19 symbols
    expect(normaliseVerificationCode("7K3QF-M0ZT9-XW4HA-2BCNEE")).toBeNull(); // 21 symbols
    expect(normaliseVerificationCode("7K3QF-M0ZT9-XW4HA-2BCNU")).toBeNull(); // U is excluded
    expect(normaliseVerificationCode("7K3QF-M0ZT9-XW4HA-2BC*E")).toBeNull();
    expect(normaliseVerificationCode("7K3QF_M0ZT9_XW4HA_2BCNE")).toBeNull();
    expect(normaliseVerificationCode("7K3QF-M0ZT9-XW4HA-2BCNÉ")).toBeNull();
    expect(normaliseVerificationCode("x".repeat(500))).toBeNull();
  });
});
