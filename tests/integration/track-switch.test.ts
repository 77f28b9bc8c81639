// Switching track: explained, then confirmed; sent twice, one change; every certificate ever issued stays listed.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { updateProfileAction } from "@/lib/account/actions";
import { findTrackChanges, updateProfile } from "@/lib/account/profile";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { findOwnCertificates, getOwnCertificate, toCertificateView } from "@/lib/certificates/queries";
import { createLearner, validateTrack } from "../support/factories";
import { checkAction, installWriteCounters, newRequest, type Outcome } from "../support/fuzz";
import { lastEmailTo } from "../support/outbox";

beforeAll(async () => {
  await installWriteCounters();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

function resultOf(outcome: Outcome): unknown {
  return outcome.kind === "result" ? outcome.value : outcome;
}

async function reload(user: User): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  if (!row) throw new Error("user missing");
  return row;
}

/** A general-public learner who already holds the general-public certificate. */
async function certifiedLearner(): Promise<User> {
  const learner = await createLearner({ firstName: "Inès", lastName: "Lefèvre" });
  await validateTrack(learner);
  const issued = await issueCertificate(learner.id, printedName(learner));
  if (!issued.ok) throw new Error("certificate not issued");
  return reload(learner);
}

const switchToProfessional = (confirm: boolean) =>
  form({
    locale: "fr",
    track: "professional",
    professionalCategory: "local_official",
    ...(confirm ? { confirmTrack: "on" } : {}),
  });

describe("switching track", () => {
  it("is refused until confirmed, and then writes nothing", async () => {
    const learner = await certifiedLearner();
    await newRequest("198.51.100.40", "recent", learner);
    const refused = await checkAction(() => updateProfileAction(undefined, switchToProfessional(false)));
    expect(resultOf(refused)).toMatchObject({
      ok: false,
      fieldErrors: { confirmTrack: ["trackChangeUnconfirmed"] },
      // The choice comes back, so the form (with or without JavaScript) shows the explanation and the box.
      values: { track: "professional", professionalCategory: "local_official" },
    });
    expect((await reload(learner)).track).toBe("public");
  });

  it("saved without a track change needs no confirmation", async () => {
    const learner = await createLearner();
    await newRequest("198.51.100.41", "recent", learner);
    const outcome = await checkAction(() =>
      updateProfileAction(undefined, form({ locale: "fr", firstName: "Camille", lastName: "Martin", track: "public" })),
    );
    expect(resultOf(outcome)).toEqual({ ok: true, data: "saved" });
    expect((await reload(learner)).lastName).toBe("Martin");
  });

  it("submitted twice makes one change", async () => {
    const learner = await certifiedLearner();
    await newRequest("198.51.100.42", "recent", learner);
    const first = await checkAction(() => updateProfileAction(undefined, switchToProfessional(true)));
    expect(resultOf(first)).toEqual({ ok: true, data: "trackChanged" });
    // The same form again (double click, a retried request): nothing left to change.
    await newRequest("198.51.100.42", "recent", await reload(learner));
    const second = await checkAction(() => updateProfileAction(undefined, switchToProfessional(true)));
    expect(resultOf(second)).toEqual({ ok: true, data: "saved" });
    const after = await reload(learner);
    expect([after.track, after.professionalCategory]).toEqual(["professional", "local_official"]);
  });

  it("sent twice at the same moment, reports one change", async () => {
    const learner = await createLearner();
    const change = { track: "professional" as const, professionalCategory: "other" as const };
    const results = await Promise.all([updateProfile(learner, change), updateProfile(learner, change)]);
    expect(results.filter((r) => r.ok && r.trackChanged)).toHaveLength(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await reload(learner)).track).toBe("professional");
  });

  it("explains what is kept, what is added and that the issued certificate stays valid", async () => {
    const learner = await certifiedLearner();
    const [change] = await findTrackChanges(learner);
    // The first preview is the one with no category chosen yet: every unit of module 3.
    expect(change).toEqual({
      from: "public",
      to: "professional",
      category: null,
      keptUnits: 8,
      addedModules: ["professionnels"],
      optionalModules: [],
      missing: [{ moduleSlug: "professionnels", unitIds: ["m3-u1", "m3-u2", "m3-u3", "m3-u4"] }],
      issued: ["public"],
      alreadyCertified: false,
    });
  });
});

describe("my certificates", () => {
  it("lists every certificate ever issued, whatever the current track, each with its own page in the email", async () => {
    const learner = await certifiedLearner();
    const [publicCert] = await findOwnCertificates(learner.id);
    expect((await lastEmailTo(learner.email))?.links).toContain(
      `http://localhost:3000/fr/certificates/${publicCert!.verificationCode}`,
    );

    expect(await updateProfile(learner, { track: "professional", professionalCategory: "other" })).toEqual({
      ok: true,
      trackChanged: true,
    });
    const professional = await reload(learner);
    // After the switch, the general-public certificate is still there and still the owner's.
    expect((await findOwnCertificates(learner.id)).map((c) => c.track)).toEqual(["public"]);
    expect(await getOwnCertificate(learner.id, publicCert!.verificationCode)).not.toBeNull();

    await validateTrack(professional);
    const second = await issueCertificate(learner.id, printedName(professional));
    expect(second.ok && second.created).toBe(true);
    const proCode = second.ok ? second.certificate.verificationCode : "";
    expect((await lastEmailTo(learner.email))?.links).toContain(`http://localhost:3000/fr/certificates/${proCode}`);

    // Back to the general public: both stay listed, oldest first, each said with the modules it attests.
    await updateProfile(professional, { track: "public" });
    const listed = (await findOwnCertificates(learner.id)).map((c) => toCertificateView(c, "fr"));
    expect(listed.map((c) => [c.track, c.trackLabel])).toEqual([
      ["public", "Parcours grand public (modules 1 et 2)"],
      ["professional", "Parcours professionnel (modules 1 à 3)"],
    ]);
    expect(listed.map((c) => c.pdfPath)).toEqual([
      `/api/certificates/${publicCert!.verificationCode}/pdf`,
      `/api/certificates/${proCode}/pdf`,
    ]);
    expect(toCertificateView((await findOwnCertificates(learner.id))[0]!, "en").trackLabel).toBe(
      "General public track (modules 1 and 2)",
    );
  });

  it("another learner's certificate is nobody else's", async () => {
    const owner = await certifiedLearner();
    const other = await createLearner();
    const [cert] = await findOwnCertificates(owner.id);
    expect(await getOwnCertificate(other.id, cert!.verificationCode)).toBeNull();
    expect(await findOwnCertificates(other.id)).toEqual([]);
  });
});
