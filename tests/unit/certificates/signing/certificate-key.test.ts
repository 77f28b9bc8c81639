import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  DEVELOPMENT_CERTIFICATE_KEY,
  loadCertificateKeys,
  parseRetiredPublicKeys,
  parseSigningKey,
  resolveCertificateKey,
} from "@/lib/certificate-key.mjs";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const PEM = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const base = { building: false, keyFile: "/x/certificate-signing-key.pem", stored: null };

describe("certificate signing key", () => {
  it("reads PKCS8 PEM (real or \\n-escaped line breaks) and JWK, and nothing but Ed25519", () => {
    expect(parseSigningKey(PEM)?.asymmetricKeyType).toBe("ed25519");
    expect(parseSigningKey(PEM.replace(/\n/g, "\\n"))?.asymmetricKeyType).toBe("ed25519");
    expect(parseSigningKey(JSON.stringify(privateKey.export({ format: "jwk" })))?.asymmetricKeyType).toBe("ed25519");
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey;
    expect(parseSigningKey(rsa.export({ type: "pkcs8", format: "pem" }).toString())).toBeNull();
    expect(parseSigningKey("not a key")).toBeNull();
  });

  it("refuses to start in production without a key when DATABASE_URL is set, in one line naming the variable", () => {
    const decision = resolveCertificateKey({ ...base, production: true, databaseUrl: "postgres://db/x" });
    expect(decision).toMatchObject({ action: "refuse" });
    if (decision.action === "refuse") {
      expect(decision.message).toMatch(/^Invalid environment variable CERTIFICATE_SIGNING_KEY: /);
      expect(decision.message).not.toContain("\n");
    }
    expect(() =>
      loadCertificateKeys({
        production: true,
        building: false,
        databaseUrl: "postgres://db/x",
        pgliteDir: "/tmp/x/pglite",
      }),
    ).toThrow(/CERTIFICATE_SIGNING_KEY/);
  });

  it("refuses a key that is not an Ed25519 private key, keeps a generated one on the embedded database, uses the development key in development", () => {
    expect(resolveCertificateKey({ ...base, production: true, signingKey: "nope" })).toMatchObject({
      action: "refuse",
    });
    expect(resolveCertificateKey({ ...base, production: true, signingKey: PEM })).toMatchObject({
      action: "use",
      source: "env",
    });
    expect(resolveCertificateKey({ ...base, production: true })).toEqual({ action: "generate", file: base.keyFile });
    expect(resolveCertificateKey({ ...base, production: true, stored: PEM })).toMatchObject({
      action: "use",
      source: "file",
    });
    expect(resolveCertificateKey({ ...base, production: false })).toEqual({
      action: "use",
      pem: DEVELOPMENT_CERTIFICATE_KEY,
      source: "development",
    });
    expect(resolveCertificateKey({ ...base, production: true, building: true })).toEqual({
      action: "generate",
      file: null,
    });
  });

  it("publishes retired public keys (rotation) and refuses private parts or the current kid among them", () => {
    const jwk = { ...publicKey.export({ format: "jwk" }), kid: "2026-01" };
    expect(parseRetiredPublicKeys(JSON.stringify({ keys: [jwk] }))).toEqual([{ kid: "2026-01", x: jwk.x }]);
    expect(parseRetiredPublicKeys(JSON.stringify([jwk]))).toHaveLength(1);
    expect(() =>
      parseRetiredPublicKeys(JSON.stringify([{ ...privateKey.export({ format: "jwk" }), kid: "k" }])),
    ).toThrow(/CERTIFICATE_RETIRED_PUBLIC_KEYS: .*private part/);
    expect(() => parseRetiredPublicKeys("{")).toThrow(/CERTIFICATE_RETIRED_PUBLIC_KEYS/);
    const keys = loadCertificateKeys({
      production: true,
      building: false,
      signingKey: PEM,
      keyId: "2026-11",
      retiredPublicKeys: JSON.stringify([jwk]),
      pgliteDir: "/tmp/x/pglite",
    });
    expect(keys.kid).toBe("2026-11");
    expect(keys.retired).toEqual([{ kid: "2026-01", x: jwk.x }]);
    expect(() =>
      loadCertificateKeys({
        production: true,
        building: false,
        signingKey: PEM,
        keyId: "2026-01",
        retiredPublicKeys: JSON.stringify([jwk]),
        pgliteDir: "/tmp/x/pglite",
      }),
    ).toThrow(/current key id/);
  });
});
