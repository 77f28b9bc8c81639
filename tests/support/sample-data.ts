// A small but complete data set built through the real domain functions, and what the app shows of it:
// the moves and restores of a database are checked by comparing the two views.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { findTables, type Query } from "@/db/move/catalog";
import { policyVersions, type PolicyKind, type User } from "@/db/schema";
import { authenticate } from "@/lib/auth/sign-in";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import { findOwnCertificates, toSnapshot, verifyCertificate } from "@/lib/certificates/queries";
import { createDataRequest } from "@/lib/privacy/data-requests";
import { exportUserData } from "@/lib/privacy/export-data";
import { saveUnitPosition } from "@/lib/progress/me";
import { getDashboard } from "@/lib/progress/queries";
import { answersFor, createLearner, PASSWORD, submit, validateTrack } from "./factories";

export interface SampleData {
  learners: User[];
  certificateCodes: string[];
}

/** Learners at every stage: certified (two tracks), part-way with a failed attempt, just signed up. */
/** A policy version as staff publishing records it (lib/policies/publish.ts), without the audit record. */
export async function publishPolicyVersion(kind: PolicyKind, version: string, publishedAt: Date) {
  await db.insert(policyVersions).values({ kind, version, publishedAt }).onConflictDoNothing();
}

export async function populateSampleData(now: Date): Promise<SampleData> {
  // A policy published after the migrations' own: the serial sequence moves past the seeded rows.
  await publishPolicyVersion("cookies", "2026-12-01", now);
  const certified = await createLearner({ firstName: "Zoë", lastName: "Œlschläger-N'Diaye" });
  const professional = await createLearner({
    track: "professional",
    firstName: "Łukasz",
    lastName: "Dvořák",
    locale: "en",
  });
  const partway = await createLearner({ firstName: "Ana", lastName: "Núñez" });
  const newcomer = await createLearner();
  const codes: string[] = [];
  for (const user of [certified, professional]) {
    await validateTrack(user);
    const issued = await issueCertificate(user.id, printedName(user), now);
    if (!issued.ok) throw new Error("certificate not issued");
    codes.push(issued.certificate.verificationCode);
  }
  await submit(partway.id, "m1-u1", answersFor("m1-u1", false));
  await submit(partway.id, "m1-u1", answersFor("m1-u1", true));
  await saveUnitPosition(partway.id, { unitId: "m1-u2", section: 2, videoSeconds: 41.5 }, now);
  await createDataRequest(certified, "access", "Je voudrais une copie de mes données.");
  await createDataRequest(partway, "rectification", "Mon prénom prend un accent.\n\tMerci\\ d’avance.");
  // A session and a counted sign-in failure.
  if (!(await authenticate(partway.username, PASSWORD, "192.0.2.10", now)).ok) throw new Error("sign-in failed");
  await authenticate(newcomer.username, "not the password", "192.0.2.11", now);
  return { learners: [certified, professional, partway, newcomer], certificateCodes: codes };
}

/** Everything the app shows of the sample: dashboards, each learner's full data export, certificates and their PDFs. */
export async function captureAppView(sample: SampleData, now: Date) {
  const learners = [];
  for (const user of sample.learners) {
    const certificates = await findOwnCertificates(user.id);
    const pdfs = [];
    for (const c of certificates) pdfs.push(sha256(await renderCertificatePdf(toSnapshot(c))));
    learners.push({
      dashboard: await getDashboard(user.id, user.track, user.professionalCategory, user.locale, now),
      data: await exportUserData(user.id, now),
      pdfs,
    });
  }
  const verified = [];
  for (const code of sample.certificateCodes) verified.push(await verifyCertificate(code));
  return { learners, verified, rowCounts: await countRows() };
}

/** Row count of every table, found in the catalog (so a table added later is counted too). */
export async function countRows(): Promise<Record<string, number>> {
  const query: Query = async <T>(text: string) => rowsOf<T>(await db.execute(sql.raw(text)));
  const counts: Record<string, number> = {};
  for (const t of await findTables(query)) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${t.ident}`)));
    counts[t.ident] = row?.n ?? -1;
  }
  return counts;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
