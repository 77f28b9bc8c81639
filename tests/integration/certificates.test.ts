import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { certificates, users } from "@/db/schema";
import { updateProfile } from "@/lib/account/profile";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import { getOwnCertificate, toCertificateView, toSnapshot, verifyCertificate } from "@/lib/certificates/queries";
import { getCourse } from "@/lib/content/load";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { createLearner, validateTrack } from "../support/factories";
import { lastEmailTo } from "../support/outbox";
import { extractPdfText } from "../support/pdf-text";

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

  it("records what it attests at issue (category, durations, units) and prints it in both versions", async () => {
    // An organiser's path is the whole of module 3 (content/modules/03-professionnels/module.json).
    const user = await createLearner({ track: "professional", professionalCategory: "event_organiser" });
    await validateTrack(user);
    const issued = await issueCertificate(user.id, printedName(user));
    if (!issued.ok) throw new Error("not issued");
    const cert = issued.certificate;
    const course = getCourse();
    expect(cert.professionalCategory).toBe("event_organiser");
    expect(cert.moduleVersions.map((m) => m.durationMinutes)).toEqual(
      course.tracks.professional.map((slug) => course.modules.find((m) => m.slug === slug)?.durationMinutes),
    );
    expect(cert.moduleVersions[0]?.unitIds).toEqual(course.modules[0]?.units.map((u) => u.id));
    // A later change of category never changes what was certified.
    await db.update(users).set({ professionalCategory: "local_official" }).where(eq(users.id, user.id));
    const [stored] = await db.select().from(certificates).where(eq(certificates.id, cert.id));
    const total = course.modules.reduce((sum, m) => sum + m.durationMinutes, 0);
    const hours = `${Math.floor(total / 60)} h ${total % 60} min`;

    const text = await extractPdfText(await renderCertificatePdf(toSnapshot(stored!)));
    expect(text).toContain("Catégorie professionnelle : Organisateur d'événements");
    expect(text).toContain("a validé chaque unité des modules ci-dessous");
    expect(text).toContain(`Durée annoncée des modules : ${hours}`);
    for (const m of course.modules) expect(text).toContain(m.title.fr);

    const view = toCertificateView(stored!, "en");
    expect(view.categoryLabel).toBe("Professional category: Event organiser");
    expect(view.durationLabel.replaceAll("\u00A0", " ")).toBe(`Announced duration of the modules: ${hours}`);
    expect(view.modules.map((m) => m.units)).toEqual(course.modules.map((m) => m.units.map((u) => u.title.en)));
  });

  it("a general-public certificate names no category", async () => {
    const user = await createLearner();
    await validateTrack(user);
    const issued = await issueCertificate(user.id, printedName(user));
    if (!issued.ok) throw new Error("not issued");
    expect(issued.certificate.professionalCategory).toBeNull();
    expect(toCertificateView(issued.certificate, "fr").categoryLabel).toBeNull();
  });
});
