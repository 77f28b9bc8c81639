import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeClaims, encodeClaims, type CertificateClaims } from "@/lib/certificates/signing/claims";
import { signCompact, verifyCompact } from "@/lib/certificates/signing/jws";

const TYPED: CertificateClaims = {
  id: "7K3QF-M0ZT9-XW4HA-2BCNE",
  firstName: "Marie-Hélène",
  lastName: "Dupont",
  track: "public",
  category: null,
  modules: [
    { moduleId: "m1", version: "0123abcd" },
    { moduleId: "m2", version: "89abcdef" },
  ],
  issuedAt: new Date("2026-11-24T14:32:10Z"),
};
const VERIFIED: CertificateClaims = { ...TYPED, namesVerifiedBy: "franceconnect" };

const wire = (claims: CertificateClaims) => JSON.parse(encodeClaims(claims)) as Record<string, unknown>;

describe("the names-verified claim of a signed link", () => {
  it("is carried as a two-letter code only when a provider verified the names", () => {
    expect(wire(VERIFIED).v).toBe("fc");
    expect(wire({ ...TYPED, namesVerifiedBy: "proconnect" }).v).toBe("pc");
    expect(wire(TYPED)).not.toHaveProperty("v");
  });

  it("round-trips with and without it", () => {
    expect(decodeClaims(wire(VERIFIED))).toEqual(VERIFIED);
    expect(decodeClaims(wire({ ...TYPED, namesVerifiedBy: "proconnect" }))?.namesVerifiedBy).toBe("proconnect");
    const typed = decodeClaims(wire(TYPED));
    expect(typed).toEqual(TYPED);
    expect(typed).not.toHaveProperty("namesVerifiedBy");
  });

  it("still reads a payload signed before the claim existed (exactly the old keys)", () => {
    const old = { id: TYPED.id, fn: "Camille", ln: "Durand", t: "pub", m: ["m1@0123abcd"], d: 1764000000 };
    const claims = decodeClaims(old);
    expect(claims).toMatchObject({ firstName: "Camille", lastName: "Durand" });
    expect(claims?.namesVerifiedBy).toBeUndefined();
    // And through a real signature, as the verification page reads it.
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const token = signCompact(JSON.stringify(old), { privateKey, kid: "k" });
    const payload = verifyCompact(token, (kid) => (kid === "k" ? publicKey : null));
    expect(decodeClaims(payload)?.lastName).toBe("Durand");
  });

  it("refuses an unknown provider code or a spelled-out provider", () => {
    expect(decodeClaims({ ...wire(TYPED), v: "xx" })).toBeNull();
    expect(decodeClaims({ ...wire(TYPED), v: "franceconnect" })).toBeNull();
    expect(decodeClaims({ ...wire(TYPED), v: null })).toBeNull();
  });
});
