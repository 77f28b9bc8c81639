// Publishing a policy version: the text in content/pages/policies, previewed by staff, then recorded
// (version + publication date) with its audit record in one transaction. Irreversible by design.
import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { POLICY_KINDS, policyVersions, type PolicyKind } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { textPageFile } from "@/lib/content/pages";
import { LOCALES } from "@/lib/i18n/locales";
import { recordAudit } from "@/lib/staff/audit";
import { forgetCurrentSitePolicy, getCurrentPolicyVersion } from "./acceptance";
import { isPublishable, sharedVersion } from "./version";

export interface PolicyDraft {
  kind: PolicyKind;
  /** The version the text in content/ states, or null (missing, or the translations disagree). */
  version: string | null;
  /** A fingerprint of both translations: what is published is exactly what was previewed. */
  fingerprint: string;
  current: { version: string; publishedAt: Date } | null;
  publishable: boolean;
}

function readDraft(kind: PolicyKind): { version: string | null; fingerprint: string } {
  const texts = LOCALES.map((locale) => readFileSync(textPageFile(kind, locale), "utf8"));
  const fingerprint = createHash("sha256").update(texts.join("\u0000")).digest("hex");
  return { version: sharedVersion(texts), fingerprint };
}

export async function getPolicyDraft(kind: PolicyKind, exec: Executor = db): Promise<PolicyDraft> {
  const { version, fingerprint } = readDraft(kind);
  const [current, published] = await Promise.all([
    getCurrentPolicyVersion(kind, exec),
    exec.select({ version: policyVersions.version }).from(policyVersions).where(eq(policyVersions.kind, kind)),
  ]);
  return {
    kind,
    version,
    fingerprint,
    current: current ? { version: current.version, publishedAt: current.publishedAt } : null,
    publishable: isPublishable(
      version,
      published.map((p) => p.version),
      current?.version ?? null,
    ),
  };
}

export function findPolicyDrafts(): Promise<PolicyDraft[]> {
  return Promise.all(POLICY_KINDS.map((kind) => getPolicyDraft(kind)));
}

/**
 * Publishes the text in content/ if it is still the one previewed (same fingerprint) and publishable;
 * the version row and the audit record commit together. Returns the version, or null when refused.
 */
export async function publishPolicy(
  staffId: string,
  kind: PolicyKind,
  fingerprint: string,
  now = clockNow(),
): Promise<string | null> {
  const version = await db.transaction(async (tx) => {
    // One publication of a kind at a time: two staff members clicking at once publish once.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`policy-publish:${kind}`}))`);
    const draft = await getPolicyDraft(kind, tx);
    if (!draft.publishable || !draft.version || draft.fingerprint !== fingerprint) return null;
    await tx.insert(policyVersions).values({ kind, version: draft.version, publishedAt: now });
    await recordAudit(
      tx,
      {
        actor: "staff",
        actorId: staffId,
        action: "policy_published",
        details: { kind, version: draft.version, sha256: fingerprint },
      },
      now,
    );
    return draft.version;
  });
  if (version && kind === "site") forgetCurrentSitePolicy();
  return version;
}
