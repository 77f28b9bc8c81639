import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { certificates, users } from "@/db/schema";
import { updateProfile } from "@/lib/account/profile";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { getOwnCertificate, verifyCertificate } from "@/lib/certificates/queries";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { createLearner, validateTrack } from "../support/factories";
import { lastEmailTo } from "../support/outbox";

describe("certificates", () => {
  it("is refused until every unit of the track is validated", async () => {
    const user = await createLearner();
    expect(await issueCertificate(user.id, printedName(user))).toEqual({ ok: false, error: "notEligible" });
  });

  it("requires the name retyped exactly", async () => {
    const user = await createLearner({ firstName: "Łukasz", lastName: "Dvořák" });
    await validateTrack(user);
    expect(await issueCertificate(user.id, "Łukasz Dvorak")).toEqual({
      ok: false,
      error: "nameMismatch",
      mismatch: { same: false, position: 11, expected: "Dvořák", typed: "Dvorak" },
    });
    // Decomposed accents and a non-breaking space, as a phone keyboard or a copy-paste may give them.
    const issued = await issueCertificate(user.id, "  Łukasz\u00a0  Dvor\u030cák ".normalize("NFD"));
    expect(issued.ok).toBe(true);
  });

  it("issues one certificate for concurrent requests, emails it, and freezes the name on every path", async () => {
    const user = await createLearner({ track: "professional", firstName: "Zoë", lastName: "Œlschläger-N'Diaye" });
    await validateTrack(user);
    const results = await Promise.all(Array.from({ length: 5 }, () => issueCertificate(user.id, printedName(user))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    const rows = await db.select().from(certificates).where(eq(certificates.userId, user.id));
    expect(rows).toHaveLength(1);
    const cert = rows[0]!;
    expect(cert.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(cert.moduleVersions.map((m) => m.moduleId)).toEqual(["m1", "m2", "m3"]);
    expect((await lastEmailTo(user.email))?.text).toContain(cert.verificationCode);
    const [locked] = await db.select().from(users).where(eq(users.id, user.id));
    expect(locked?.nameLockedAt).not.toBeNull();
    expect(await updateProfile(locked!, { firstName: "Autre", lastName: "Nom", track: "professional" })).toEqual({
      ok: false,
      error: "nameLocked",
    });
    await expect(db.execute(sql`update users set first_name = 'Autre' where id = ${user.id}`)).rejects.toThrow();
    await expect(db.execute(sql`update certificates set last_name = 'Autre' where id = ${cert.id}`)).rejects.toThrow();
    expect(
      await updateProfile(locked!, {
        firstName: locked!.firstName,
        lastName: locked!.lastName,
        track: "professional",
        professionalCategory: "other",
      }),
    ).toEqual({ ok: true, trackChanged: false });
  });

  it("is downloadable by its owner only and verifiable by anyone until the account is deleted", async () => {
    const owner = await createLearner();
    const other = await createLearner();
    await validateTrack(owner);
    const issued = await issueCertificate(owner.id, printedName(owner));
    if (!issued.ok) throw new Error("not issued");
    const code = issued.certificate.verificationCode;
    expect(await getOwnCertificate(owner.id, code.toLowerCase())).not.toBeNull();
    expect(await getOwnCertificate(other.id, code)).toBeNull();
    expect(await verifyCertificate(code)).toMatchObject({ firstName: "Camille", lastName: "Durand", track: "public" });
    expect(await verifyCertificate("AAAAA-AAAAA-AAAAA-AAAAA")).toBeNull();
    await deleteAccount(owner, "self");
    expect(await verifyCertificate(code)).toBeNull();
  });
});
