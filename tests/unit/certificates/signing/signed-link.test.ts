import { createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeClaims, encodeClaims, type CertificateClaims } from "@/lib/certificates/signing/claims";
import {
  decodeCanonicalBase64url,
  encodeBase64url,
  signCompact,
  verifyCompact,
  type KeyResolver,
} from "@/lib/certificates/signing/jws";

const current = generateKeyPairSync("ed25519");
const retired = generateKeyPairSync("ed25519");
const stranger = generateKeyPairSync("ed25519");
const KEYS = new Map<string, KeyObject>([
  ["current", current.publicKey],
  ["retired", retired.publicKey],
]);
const resolve: KeyResolver = (kid) => KEYS.get(kid) ?? null;
/** What lib/certificates/signing/signed-link.ts#readSignedToken does, with this test's keys. */
const read = (token: string) => {
  const payload = verifyCompact(token, resolve);
  return payload ? decodeClaims(payload) : null;
};

const SAMPLE: CertificateClaims = {
  id: "7K3QF-M0ZT9-XW4HA-2BCNE",
  firstName: "Zoë",
  lastName: "Œlschläger-N'Diaye",
  track: "professional",
  category: "erp_manager",
  modules: [
    { moduleId: "m1", version: "0123abcd" },
    { moduleId: "m2", version: "89abcdef" },
  ],
  issuedAt: new Date("2026-11-24T14:32:10Z"),
};
const sign = (claims: CertificateClaims, key = current.privateKey, kid = "current") =>
  signCompact(encodeClaims(claims), { privateKey: key, kid });

const CODE_CHARS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const claimsArb: fc.Arbitrary<CertificateClaims> = fc.record({
  id: fc
    .array(fc.constantFrom(...CODE_CHARS), { minLength: 20, maxLength: 20 })
    .map((c) => c.join("").replace(/(.{5})(?!$)/g, "$1-")),
  firstName: fc.string({ minLength: 1, maxLength: 40 }),
  lastName: fc.string({ minLength: 1, maxLength: 40 }),
  track: fc.constantFrom("public" as const, "professional" as const),
  category: fc.constantFrom(null, "erp_manager" as const, "other" as const),
  modules: fc.array(
    fc.record({ moduleId: fc.constantFrom("m1", "m2", "m3"), version: fc.stringMatching(/^[0-9a-f]{8}$/) }),
    { minLength: 1, maxLength: 3 },
  ),
  issuedAt: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => new Date(s * 1000)),
});

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Ways to alter a good token: edits of its text, and well-formed forgeries that were never signed. */
const tamperArb = fc.oneof(
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    char: fc.constantFrom(...B64, ".", "=", "+", "/", "é"),
  }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), char: fc.constantFrom(...B64, ".", "=") }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("append" as const), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("editClaims" as const), claims: claimsArb }),
  fc.record({ kind: fc.constant("resign" as const), kid: fc.constantFrom("current", "retired", "unknown", "") }),
  fc.record({
    kind: fc.constant("header" as const),
    header: fc.constantFrom(
      { alg: "none", kid: "current" },
      { alg: "HS256", kid: "current" },
      { alg: "EdDSA", kid: "unknown" },
      { alg: "EdDSA", kid: "retired" },
      { alg: "EdDSA", kid: "current", crit: ["exp"] },
      { alg: "EdDSA", kid: "current", typ: "JWT" },
      { alg: "EdDSA" },
    ),
  }),
  fc.record({ kind: fc.constant("swapParts" as const) }),
);

type Tamper = typeof tamperArb extends fc.Arbitrary<infer T> ? T : never;

function tamper(token: string, claims: CertificateClaims, t: Tamper): string {
  const [h = "", p = "", s = ""] = token.split(".");
  switch (t.kind) {
    case "replace": {
      const at = t.at % token.length;
      return token.slice(0, at) + t.char + token.slice(at + 1);
    }
    case "insert": {
      const at = t.at % (token.length + 1);
      return token.slice(0, at) + t.char + token.slice(at);
    }
    case "delete": {
      const at = t.at % token.length;
      return token.slice(0, at) + token.slice(at + t.length);
    }
    case "truncate":
      return token.slice(0, t.at % token.length);
    case "append":
      return token + t.text;
    case "editClaims":
      // Other claims under the original header and signature: never signed by anyone.
      return `${h}.${encodeBase64url(encodeClaims(t.claims))}.${s}`;
    case "resign":
      // Signed by a key that is not published, whatever kid it claims.
      return sign(claims, stranger.privateKey, t.kid);
    case "header":
      return `${encodeBase64url(JSON.stringify(t.header))}.${p}.${s}`;
    case "swapParts":
      return `${p}.${h}.${s}`;
  }
}

describe("signed certificate links", () => {
  it("round-trip the claims, with the current key and with a retired one", () => {
    expect(read(sign(SAMPLE))).toEqual(SAMPLE);
    expect(read(sign(SAMPLE, retired.privateKey, "retired"))).toEqual(SAMPLE);
    expect(read(sign({ ...SAMPLE, track: "public", category: null }))).toMatchObject({
      track: "public",
      category: null,
    });
  });

  it("carry a category's path unit by unit, compactly, and only for a module attested in part", () => {
    const withPath: CertificateClaims = {
      ...SAMPLE,
      modules: [
        { moduleId: "m1", version: "0123abcd", unitIds: ["m1-u1", "m1-u2"] }, // whole module: units not signed
        { moduleId: "m3", version: "89abcdef", unitIds: ["m3-u1", "m3-u3", "odd-unit"], categoryPath: true },
      ],
    };
    expect(JSON.parse(encodeClaims(withPath)).m).toEqual(["m1@0123abcd", "m3@89abcdef~1,3,odd-unit"]);
    expect(read(sign(withPath))?.modules).toEqual([
      { moduleId: "m1", version: "0123abcd" },
      { moduleId: "m3", version: "89abcdef", unitIds: ["m3-u1", "m3-u3", "odd-unit"], categoryPath: true },
    ]);
    for (const bad of ["m3@89abcdef~", "m3@89abcdef~1,,3", "m3@89abcdef~1;3", "m3@89abcdef~A"])
      expect(decodeClaims({ ...JSON.parse(encodeClaims(SAMPLE)), m: [bad] })).toBeNull();
  });

  it("are deterministic (same certificate, same link: the PDF keeps its ETag)", () => {
    expect(sign(SAMPLE)).toBe(sign(SAMPLE));
  });

  it("refuse an unknown key id, a key of the wrong kid, and a payload that is not a certificate", () => {
    expect(read(sign(SAMPLE, current.privateKey, "nope"))).toBeNull();
    expect(read(sign(SAMPLE, current.privateKey, "retired"))).toBeNull();
    expect(
      read(signCompact(JSON.stringify({ id: SAMPLE.id }), { privateKey: current.privateKey, kid: "current" })),
    ).toBeNull();
    expect(read(signCompact("[]", { privateKey: current.privateKey, kid: "current" }))).toBeNull();
    expect(read("")).toBeNull();
    expect(read("..")).toBeNull();
    expect(read("a".repeat(5000))).toBeNull();
  });

  it("accept only the canonical base64url spelling", () => {
    expect(decodeCanonicalBase64url("QQ")).toEqual(Buffer.from("A"));
    expect(decodeCanonicalBase64url("QR")).toBeNull(); // same byte, stray low bits
    expect(decodeCanonicalBase64url("QQ==")).toBeNull();
    expect(decodeCanonicalBase64url("Q")).toBeNull();
  });

  it("refuse every one of 1,500 generated tamperings", () => {
    let tried = 0;
    fc.assert(
      fc.property(claimsArb, tamperArb, (claims, t) => {
        const token = sign(claims);
        const forged = tamper(token, claims, t);
        if (forged === token) return;
        tried++;
        expect(read(forged)).toBeNull();
      }),
      { numRuns: 1500 },
    );
    expect(tried).toBeGreaterThanOrEqual(1000);
  });

  it("never verify with a public key the link carries itself", () => {
    const jwk = createPublicKey(stranger.privateKey).export({ format: "jwk" });
    const header = encodeBase64url(JSON.stringify({ alg: "EdDSA", kid: "current", jwk }));
    const forged = sign(SAMPLE, stranger.privateKey, "current").split(".");
    expect(read(`${header}.${forged[1]}.${forged[2]}`)).toBeNull();
  });
});
