import { createPublicKey, verify } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, type Executor } from "@/db/client";
import { certificateRevocations, users } from "@/db/schema";
import * as keysRoute from "@/app/.well-known/vigie-certificate-keys.json/route";
import * as openBadgeRoute from "@/app/api/certificates/[code]/open-badge/route";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { getOwnCertificate, toSnapshot, verifyCertificate } from "@/lib/certificates/queries";
import {
  certificateClaims,
  signClaims,
  signedVerificationUrl,
  verifySignedToken,
} from "@/lib/certificates/signing/signed-link";
import { toSignedCertificateView } from "@/lib/certificates/signing/verification-view";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { runRetentionPurge } from "@/lib/privacy/purge";
import { createLearner, validateTrack } from "../support/factories";
import { lastEmailTo } from "../support/outbox";
import { openSession, presentSession } from "../support/next-request-mock";
import { withCharChanged } from "../support/tamper";

const DAY = 24 * 3600 * 1000;

async function issued(options: Parameters<typeof createLearner>[0] = {}, at?: Date) {
  const user = await createLearner(options);
  await validateTrack(user);
  const outcome = await issueCertificate(user.id, printedName(user), at);
  if (!outcome.ok) throw new Error("not issued");
  return { user, certificate: outcome.certificate };
}

const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

async function publishedKeys(): Promise<{ kid: string; x: string; kty: string; crv: string }[]> {
  const res = keysRoute.GET();
  return ((await res.json()) as { keys: { kid: string; x: string; kty: string; crv: string }[] }).keys;
}

describe("signed certificate links", () => {
  it("carry the claims, are emailed at issue and printed in the QR code, and verify with no personal data left after the retention purge", async () => {
    const lastActivity = new Date(Date.now() - 340 * DAY);
    const { user, certificate } = await issued(
      { track: "professional", firstName: "Zoë", lastName: "Œlschläger" },
      lastActivity,
    );
    const url = signedVerificationUrl(certificate);
    expect(url).toMatch(/\/fr\/verify\/[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(url.length).toBeLessThan(420);
    expect(toSnapshot(certificate).verificationUrl).toBe(url);
    expect((await lastEmailTo(user.email))?.text).toContain(tokenOf(url));

    await db.update(users).set({ lastActivityAt: lastActivity }).where(eq(users.id, user.id));
    await runRetentionPurge(); // the 30-day warning first
    await runRetentionPurge({ now: new Date(lastActivity.getTime() + 366 * DAY + 31 * DAY) });
    expect(await db.select().from(users).where(eq(users.id, user.id))).toHaveLength(0);
    expect(await verifyCertificate(certificate.verificationCode)).toBeNull();

    expect(await verifySignedToken(tokenOf(url))).toEqual({
      authentic: true,
      revocation: { status: "notRevoked" },
      claims: {
        id: certificate.verificationCode,
        firstName: "Zoë",
        lastName: "Œlschläger",
        track: "professional",
        category: "erp_manager", // recorded at issue from the learner's profile
        // The category's path through module 3 is signed with it (unit by unit); whole modules are not.
        modules: certificate.moduleVersions.map((m) => ({
          moduleId: m.moduleId,
          version: m.version.slice(0, 8),
          ...(m.categoryPath ? { unitIds: m.unitIds, categoryPath: true } : {}),
        })),
        issuedAt: new Date(Math.floor(certificate.issuedAt.getTime() / 1000) * 1000),
      },
    });
  });

  it("show the units of the path signed with them, whatever the content says since", async () => {
    const { certificate } = await issued({ track: "professional", professionalCategory: "erp_manager" });
    const m3 = certificate.moduleVersions.find((m) => m.moduleId === "m3");
    expect(m3).toMatchObject({ unitIds: ["m3-u1", "m3-u2", "m3-u3"], categoryPath: true });
    // Issued when the path was units 1 and 4 (content changed since: today it is 1, 2 and 3).
    const claims = certificateClaims({
      ...certificate,
      professionalCategory: "erp_manager",
      moduleVersions: certificate.moduleVersions.map((m) =>
        m.moduleId === "m3" ? { ...m, unitIds: ["m3-u1", "m3-u4"], categoryPath: true as const } : m,
      ),
    });
    const verified = await verifySignedToken(signClaims(claims));
    if (!verified.authentic) throw new Error("not authentic");
    const view = toSignedCertificateView(verified.claims, "en");
    expect(view.card.modules[2]).toMatchObject({
      path: true,
      units: ["Framework and responsibilities", "Local elected officials: the mayor and the terrorist threat"],
    });
    // A link signed before paths were carried (no units in it) still shows the content's path.
    const legacy = toSignedCertificateView(
      { ...verified.claims, modules: verified.claims.modules.map(({ moduleId, version }) => ({ moduleId, version })) },
      "en",
    );
    expect(legacy.card.modules[2]?.units).toHaveLength(3);
  });

  it("still verify after the holder deletes their account; the legacy code does not", async () => {
    const { user, certificate } = await issued();
    const token = tokenOf(signedVerificationUrl(certificate));
    expect(await verifyCertificate(certificate.verificationCode)).not.toBeNull();
    await deleteAccount(user, "self");
    expect(await verifyCertificate(certificate.verificationCode)).toBeNull();
    expect(await verifySignedToken(token)).toMatchObject({
      authentic: true,
      revocation: { status: "notRevoked" },
      claims: { firstName: "Camille", lastName: "Durand", track: "public" },
    });
  });

  it("report a revoked certificate and its replacement, and never 'valid' when the revocation list cannot be read", async () => {
    const { certificate } = await issued();
    const token = tokenOf(signedVerificationUrl(certificate));
    const down = {
      select: () => {
        throw new Error("connection refused");
      },
    } as unknown as Executor;
    expect(await verifySignedToken(token, down)).toMatchObject({ authentic: true, revocation: { status: "unknown" } });
    const revokedAt = new Date("2026-12-01T10:00:00Z");
    await db.insert(certificateRevocations).values({
      certificateId: certificate.verificationCode,
      revokedAt,
      reason: "rectification",
      replacedBy: "AAAAA-BBBBB-CCCCC-DDDDD",
    });
    expect(await verifySignedToken(token)).toMatchObject({
      authentic: true,
      revocation: { status: "revoked", revokedAt, reason: "rectification", replacedBy: "AAAAA-BBBBB-CCCCC-DDDDD" },
    });
    // The signature's second-last character carries six bits of it: changing it always breaks the signature.
    expect(await verifySignedToken(withCharChanged(token, -2))).toEqual({ authentic: false });
  });

  it("publish the public key set: GET only, cacheable, no private part", async () => {
    const res = keysRoute.GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/jwk-set+json; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const body = (await res.json()) as { keys: Record<string, unknown>[] };
    expect(body.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(body.keys.every((k) => !("d" in k))).toBe(true);
    const post = await keysRoute.POST(
      new Request("http://localhost:3000/.well-known/vigie-certificate-keys.json", { method: "POST" }),
    );
    expect(post.status).toBe(405);
  });
});

describe("Open Badges 3.0 export", () => {
  const schema = JSON.parse(
    readFileSync("tests/support/open-badges/ob_v3p0_achievementcredential_schema.json", "utf8"),
  ) as Record<string, unknown>;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  async function download(code: string) {
    return openBadgeRoute.GET(new Request(`http://localhost:3000/api/certificates/${code}/open-badge`), {
      params: Promise.resolve({ code }),
    });
  }

  it("is downloaded by the holder only, passes the 1EdTech schema, and its signature verifies with the published key", async () => {
    const { user, certificate } = await issued({ track: "professional" });
    const other = await createLearner();
    presentSession(null);
    expect((await download(certificate.verificationCode)).status).toBe(404);
    presentSession(await openSession(other));
    expect((await download(certificate.verificationCode)).status).toBe(404);
    presentSession(await openSession(user));
    const res = await download(certificate.verificationCode);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vc+jwt");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="attestation-vigie-[a-z-]+\.jwt"$/);
    const jwt = await res.text();
    const [h = "", p = "", s = ""] = jwt.split(".");
    const header = JSON.parse(Buffer.from(h, "base64url").toString()) as { alg: string; kid: string; typ: string };
    const credential = JSON.parse(Buffer.from(p, "base64url").toString()) as {
      id: string;
      issuer: { id: string };
      credentialSubject: {
        id: string;
        identifier: { identityHash: string; hashed: boolean }[];
        achievement: { achievementType: string; criteria: { narrative: string } };
      };
    };

    const valid = validate(credential);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    expect(header).toMatchObject({ alg: "EdDSA", typ: "JWT" });
    expect(header.kid).toMatch(/\/\.well-known\/vigie-certificate-keys\.json#/);
    const jwk = (await publishedKeys()).find((k) => k.kid === header.kid.split("#")[1]);
    expect(jwk).toBeDefined();
    const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: jwk!.x }, format: "jwk" });
    expect(verify(null, Buffer.from(`${h}.${p}`), key, Buffer.from(s, "base64url"))).toBe(true);
    expect(verify(null, Buffer.from(`${h}.${p}x`), key, Buffer.from(s, "base64url"))).toBe(false);

    expect(credential).toMatchObject({
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      iss: credential.issuer.id,
      jti: credential.id,
      sub: credential.credentialSubject.id,
      nbf: Math.floor(certificate.issuedAt.getTime() / 1000),
    });
    const achievement = credential.credentialSubject.achievement;
    expect(achievement.achievementType).toBe("CertificateOfCompletion");
    expect(achievement.criteria.narrative).toMatch(/au moins 80 %/);
    expect(achievement.criteria.narrative).toMatch(/Durée annoncée : \d+ min/);
    expect(credential.credentialSubject.identifier[0]).toMatchObject({
      identityHash: printedName(user),
      hashed: false,
    });
    expect(await getOwnCertificate(user.id, certificate.verificationCode)).not.toBeNull();
  });
});
