// Names from a verified identity: read-only on the profile (refused by the action itself), carried by
// each certificate (its row, its signed link, its PDF, its Open Badge, the verification page), listed in
// the data export and summary, and cleared by a DPO rectification (the corrected name is not the provider's).
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { dataRequests, users, type User } from "@/db/schema";
import { updateProfileAction } from "@/lib/account/actions";
import { identityFromClaims } from "@/lib/auth/oidc/identity";
import { registerFromIdentity } from "@/lib/auth/oidc/register";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { signOpenBadge } from "@/lib/certificates/open-badge-response";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import { toCertificateView, toSnapshot, verifyCertificate } from "@/lib/certificates/queries";
import { rectifyCertificateName } from "@/lib/certificates/rectification";
import {
  certificateClaims,
  signClaims,
  signedVerificationUrl,
  verifySignedToken,
} from "@/lib/certificates/signing/signed-link";
import { toSignedCertificateView } from "@/lib/certificates/signing/verification-view";
import { exportUserData } from "@/lib/privacy/export-data";
import { personalDataExportSchema } from "@/lib/privacy/export-schema";
import { summarise } from "@/lib/privacy/summary";
import { createLearner, validateTrack } from "../support/factories";
import { changedTables, checkAction, fingerprint, installWriteCounters, newRequest } from "../support/fuzz";
import { TEST_OIDC_USERS } from "../support/oidc/users";
import { extractPdfText } from "../support/pdf-text";
import { makeStaff } from "../support/staff";

beforeAll(async () => {
  await installWriteCounters();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

async function reload(id: string): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error("user missing");
  return row;
}

/** A learner registered through FranceConnect as "Marie-Hélène Dupont". */
async function verifiedLearner(): Promise<User> {
  const tag = randomBytes(4).toString("hex");
  const identity = {
    ...identityFromClaims("franceconnect", TEST_OIDC_USERS.adult)!,
    subject: `verified-${tag}`,
    email: `verified-${tag}@example.org`,
  };
  const outcome = await registerFromIdentity(identity, { track: "public", locale: "fr" });
  if (!outcome.ok) throw new Error(`registration refused: ${outcome.reason}`);
  return outcome.user;
}

async function certified(user: User) {
  await validateTrack(user);
  const outcome = await issueCertificate(user.id, printedName(user));
  if (!outcome.ok) throw new Error("not issued");
  return outcome.certificate;
}

describe("an account registered from a verified identity", () => {
  it("records the provider that verified its names", async () => {
    const user = await verifiedLearner();
    expect(user).toMatchObject({ firstName: "Marie-Hélène", lastName: "Dupont", namesVerifiedBy: "franceconnect" });
    // A password account's names are typed: no provider.
    expect((await createLearner()).namesVerifiedBy).toBeNull();
  });

  it("cannot change its names through the profile action, whatever the form sent; the rest still saves", async () => {
    const user = await verifiedLearner();
    await newRequest("198.51.100.40", "recent", user);
    const before = await fingerprint();
    const refused = await checkAction(() =>
      updateProfileAction(
        undefined,
        form({ locale: "fr", firstName: "Marie Hélène", lastName: "Dupont", track: "public" }),
      ),
    );
    expect(refused).toMatchObject({
      kind: "result",
      value: {
        ok: false,
        fieldErrors: { firstName: ["namesVerified"] },
        errorParams: { namesVerified: { provider: "FranceConnect" } },
      },
    });
    expect(changedTables(before, await fingerprint())).toEqual([]);
    expect(await reload(user.id)).toMatchObject({ firstName: "Marie-Hélène", namesVerifiedBy: "franceconnect" });

    // The form as the profile page sends it (no name fields), and the names sent back unchanged: saved.
    const sent: Record<string, string>[] = [{}, { firstName: "Marie-Hélène", lastName: "Dupont" }];
    for (const fields of sent) {
      const saved = await checkAction(() =>
        updateProfileAction(undefined, form({ locale: "fr", track: "public", ...fields })),
      );
      expect(saved).toEqual({ kind: "result", value: { ok: true, data: "saved" } });
    }
    const switched = await checkAction(() =>
      updateProfileAction(
        undefined,
        form({ locale: "fr", track: "professional", professionalCategory: "erp_manager", confirmTrack: "on" }),
      ),
    );
    expect(switched).toEqual({ kind: "result", value: { ok: true, data: "trackChanged" } });
    expect(await reload(user.id)).toMatchObject({ track: "professional", firstName: "Marie-Hélène" });
  });
});

describe("a certificate issued to names a provider verified", () => {
  it("carries the provider in its row, signed link, PDF, Open Badge and both verification paths", async () => {
    const user = await verifiedLearner();
    const certificate = await certified(user);
    expect(certificate.namesVerifiedBy).toBe("franceconnect");

    const token = tokenOf(signedVerificationUrl(certificate));
    const verified = await verifySignedToken(token);
    expect(verified).toMatchObject({ authentic: true, claims: { namesVerifiedBy: "franceconnect" } });
    if (!verified.authentic) throw new Error("not authentic");
    expect(toSignedCertificateView(verified.claims, "fr").card.namesVerifiedBy).toBe("FranceConnect");
    expect((await verifyCertificate(certificate.verificationCode))?.namesVerifiedBy).toBe("FranceConnect");
    expect(toCertificateView(certificate, "en").namesVerifiedBy).toBe("FranceConnect");

    const text = await extractPdfText(await renderCertificatePdf(toSnapshot(certificate)));
    expect(text).toContain("Identité vérifiée par FranceConnect");
    expect(text).not.toContain("Son identité n'a pas été vérifiée");

    const badge = JSON.parse(Buffer.from(signOpenBadge(certificate).split(".")[1]!, "base64url").toString()) as {
      evidence: { narrative?: string }[];
      credentialSubject: { achievement: { description: string } };
    };
    expect(badge.evidence[0]?.narrative).toBe("Identité vérifiée par FranceConnect");
    expect(badge.credentialSubject.achievement.description).toContain("a été vérifiée par FranceConnect");
  });

  it("still verifies from a link signed without the claim (before it existed), read as typed names", async () => {
    const certificate = await certified(await verifiedLearner());
    const claims = certificateClaims(certificate);
    const oldClaims = Object.fromEntries(
      Object.entries(claims).filter(([name]) => name !== "namesVerifiedBy"),
    ) as typeof claims;
    const old = await verifySignedToken(signClaims(oldClaims));
    expect(old).toMatchObject({ authentic: true, revocation: { status: "notRevoked" } });
    if (!old.authentic) throw new Error("not authentic");
    expect(old.claims).not.toHaveProperty("namesVerifiedBy");
    expect(toSignedCertificateView(old.claims, "fr").card.namesVerifiedBy).toBeNull();

    // A typed-name learner's certificate: no claim, no provider anywhere.
    const typed = await certified(await createLearner());
    expect(typed.namesVerifiedBy).toBeNull();
    const typedLink = await verifySignedToken(tokenOf(signedVerificationUrl(typed)));
    expect(typedLink.authentic && typedLink.claims).not.toHaveProperty("namesVerifiedBy");
    expect((await verifyCertificate(typed.verificationCode))?.namesVerifiedBy).toBeNull();
  });

  it("loses the mark when the DPO rectifies the name: the corrected name is not the provider's", async () => {
    const staff = await makeStaff(await createLearner({ firstName: "Sam", lastName: "Équipe" }));
    const user = await verifiedLearner();
    await certified(user);
    const [request] = await db
      .insert(dataRequests)
      .values({ userId: user.id, kind: "rectification", message: "Mon nom d'usage est Dupont-Leroy." })
      .returning({ id: dataRequests.id });
    const outcome = await rectifyCertificateName(staff.id, request!.id, {
      firstName: "Marie-Hélène",
      lastName: "Dupont-Leroy",
    });
    expect(outcome.ok).toBe(true);
    expect(await reload(user.id)).toMatchObject({ lastName: "Dupont-Leroy", namesVerifiedBy: null });
    if (!outcome.ok) return;
    const reissued = await verifyCertificate(outcome.replaced[0]!.to);
    expect(reissued).toMatchObject({ lastName: "Dupont-Leroy", namesVerifiedBy: null });
  });
});

describe("the data export and its summary", () => {
  it("include the verified names, the certificate's mark and the linked identity, and match the schema", async () => {
    const user = await verifiedLearner();
    await certified(user);
    const data = await exportUserData(user.id);
    if (!data) throw new Error("no export");
    expect(data.profile.namesVerifiedBy).toBe("franceconnect");
    expect(data.certificates.map((c) => c.namesVerifiedBy)).toEqual(["franceconnect"]);
    expect(data.identities).toEqual([
      expect.objectContaining({ userId: user.id, provider: "franceconnect", subject: expect.any(String) }),
    ]);
    const parsed = personalDataExportSchema.safeParse(JSON.parse(JSON.stringify(data)));
    expect(parsed.error?.issues ?? []).toEqual([]);

    const summary = summarise(data, "fr", new Date());
    expect(summary.profile.namesVerifiedBy).toBe("FranceConnect");
    expect(summary.identities).toEqual([
      { provider: "FranceConnect", subject: data.identities[0]!.subject, linkedAt: data.identities[0]!.linkedAt },
    ]);
    expect(summary.certificates.map((c) => c.namesVerifiedBy)).toEqual(["FranceConnect"]);
  });
});
