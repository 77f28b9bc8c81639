// Which Ed25519 key signs certificates, and which retired public keys still verify them: the rule (pure) and its file I/O.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Development and tests only: never used in production (see resolveCertificateKey). Certificates it signs prove nothing. */
export const DEVELOPMENT_CERTIFICATE_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIKEJ4KZXBhfhJ5s4rVoU0ov4zMtSrQhzxoFIHOKeBakT
-----END PRIVATE KEY-----`;

const VAR = "CERTIFICATE_SIGNING_KEY";
const HOW = "an Ed25519 private key as PKCS8 PEM or JWK, e.g. `openssl genpkey -algorithm ed25519`";

/**
 * The private key in `text` (PKCS8 PEM, with real or `\n`-escaped line breaks, or a JWK with `d`), if Ed25519.
 * @param {string} text
 * @returns {import("node:crypto").KeyObject | null}
 */
export function parseSigningKey(text) {
  try {
    const trimmed = text.trim();
    const key = trimmed.startsWith("{")
      ? createPrivateKey({ key: JSON.parse(trimmed), format: "jwk" })
      : createPrivateKey(trimmed.replace(/\\n/g, "\n"));
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}

/**
 * The default key id: the start of the key's RFC 7638 thumbprint, so a new key gets a new id by itself.
 * @param {import("node:crypto").KeyObject} publicKey
 */
export function thumbprintKeyId(publicKey) {
  const { x } = publicKey.export({ format: "jwk" });
  return createHash("sha256")
    .update(JSON.stringify({ crv: "Ed25519", kty: "OKP", x }))
    .digest("base64url")
    .slice(0, 11);
}

/**
 * @typedef {{ action: "use"; pem: string; source: "env" | "file" | "development" }
 *   | { action: "generate"; file: string | null }
 *   | { action: "refuse"; message: string }} KeyDecision
 */

/**
 * The rule, without I/O, as for AUTH_SECRET (lib/auth-secret.mjs): the key from the environment when set
 * (refused when it is not an Ed25519 private key); otherwise, in production on the embedded database, the
 * key kept in `keyFile`, created on the first start; in production with DATABASE_URL, a refusal.
 * `next build` gets a throwaway key; development and tests the marked development key.
 * @param {{ production: boolean; building: boolean; signingKey?: string; databaseUrl?: string; keyFile: string; stored: string | null }} input
 * @returns {KeyDecision}
 */
export function resolveCertificateKey({ production, building, signingKey, databaseUrl, keyFile, stored }) {
  if (signingKey) {
    if (!parseSigningKey(signingKey)) {
      return { action: "refuse", message: `Invalid environment variable ${VAR}: not ${HOW}` };
    }
    return { action: "use", pem: signingKey, source: "env" };
  }
  if (building) return { action: "generate", file: null };
  if (!production) return { action: "use", pem: DEVELOPMENT_CERTIFICATE_KEY, source: "development" };
  if (databaseUrl) {
    return { action: "refuse", message: `Invalid environment variable ${VAR}: required in production (${HOW})` };
  }
  if (stored === null) return { action: "generate", file: keyFile };
  if (!parseSigningKey(stored)) {
    return {
      action: "refuse",
      message: `Invalid environment variable ${VAR}: unset, and ${keyFile} holds no Ed25519 private key (restore that file or set ${VAR})`,
    };
  }
  return { action: "use", pem: stored, source: "file" };
}

/**
 * CERTIFICATE_RETIRED_PUBLIC_KEYS: the public keys of earlier signing keys, as a JWKS (`{"keys":[…]}`) or
 * a JSON array of Ed25519 JWKs, each with its `kid`. Certificates they signed keep verifying.
 * @param {string | undefined} text
 * @returns {{ kid: string; x: string }[]}
 */
export function parseRetiredPublicKeys(text) {
  if (!text) return [];
  const fail = (why) => new Error(`Invalid environment variable CERTIFICATE_RETIRED_PUBLIC_KEYS: ${why}`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail("not JSON (a JWKS or an array of Ed25519 JWKs)");
  }
  const keys = Array.isArray(parsed) ? parsed : parsed?.keys;
  if (!Array.isArray(keys)) throw fail("expected a JWKS or an array of Ed25519 JWKs");
  return keys.map((jwk, index) => {
    if (
      jwk?.kty !== "OKP" ||
      jwk?.crv !== "Ed25519" ||
      typeof jwk?.x !== "string" ||
      typeof jwk?.kid !== "string" ||
      !jwk.kid
    ) {
      throw fail(`key ${index + 1} is not an Ed25519 public JWK with a kid`);
    }
    try {
      createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: jwk.x }, format: "jwk" });
    } catch {
      throw fail(`key ${index + 1} ("${jwk.kid}") is not a valid Ed25519 public key`);
    }
    if (jwk.d !== undefined)
      throw fail(`key ${index + 1} ("${jwk.kid}") holds a private part: publish public keys only`);
    return { kid: jwk.kid, x: jwk.x };
  });
}

/** `.data/pglite` → `.data/certificate-signing-key.pem`, beside the embedded database, like the session secret. */
export function keyFileFor(pgliteDir) {
  return path.join(path.dirname(path.resolve(pgliteDir)), "certificate-signing-key.pem");
}

function readStored(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * @typedef {{ kid: string; privateKey: import("node:crypto").KeyObject; publicKey: import("node:crypto").KeyObject;
 *   retired: { kid: string; x: string }[]; development: boolean }} CertificateKeys
 */

/**
 * Applies the rule to the real environment (reads or creates the key file, mode 0600) and throws the
 * refusal, which the start-up reports as one line.
 * @param {{ production: boolean; building: boolean; signingKey?: string; keyId?: string; retiredPublicKeys?: string; databaseUrl?: string; pgliteDir: string }} input
 * @returns {CertificateKeys}
 */
export function loadCertificateKeys({ pgliteDir, keyId, retiredPublicKeys, ...input }) {
  const retired = parseRetiredPublicKeys(retiredPublicKeys);
  const keyFile = keyFileFor(pgliteDir);
  const needsFile = input.production && !input.building && !input.signingKey && !input.databaseUrl;
  const decision = resolveCertificateKey({ ...input, keyFile, stored: needsFile ? readStored(keyFile) : null });
  if (decision.action === "refuse") throw new Error(decision.message);
  let pem;
  if (decision.action === "use") pem = decision.pem;
  else {
    pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    if (decision.file !== null) {
      mkdirSync(path.dirname(decision.file), { recursive: true });
      try {
        writeFileSync(decision.file, pem, { mode: 0o600, flag: "wx" });
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code === "EEXIST") {
          return loadCertificateKeys({ pgliteDir, keyId, retiredPublicKeys, ...input });
        }
        throw error;
      }
      console.log(
        `[vigie] ${VAR} is not set: generated an Ed25519 key in ${decision.file} (kept for later starts; back it up: certificates it signs verify only with it)`,
      );
    }
  }
  const privateKey = /** @type {import("node:crypto").KeyObject} */ (parseSigningKey(pem));
  const publicKey = createPublicKey(privateKey);
  const kid = (decision.action === "use" && decision.source === "env" && keyId) || thumbprintKeyId(publicKey);
  if (retired.some((k) => k.kid === kid)) {
    throw new Error(`Invalid environment variable CERTIFICATE_RETIRED_PUBLIC_KEYS: holds the current key id "${kid}"`);
  }
  return {
    kid,
    privateKey,
    publicKey,
    retired,
    development: decision.action === "use" && decision.source === "development",
  };
}
