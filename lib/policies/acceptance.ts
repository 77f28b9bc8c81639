// Policy versions and their acceptance: the newest site-policy version must be accepted to continue.
import "server-only";
import { desc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { policyAcceptances, policyVersions, type PolicyKind } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";

export async function getCurrentPolicyVersion(kind: PolicyKind, tx: Executor = db) {
  const [row] = await tx
    .select()
    .from(policyVersions)
    .where(eq(policyVersions.kind, kind))
    .orderBy(desc(policyVersions.publishedAt), desc(policyVersions.id))
    .limit(1);
  return row ?? null;
}

const CURRENT_SITE_POLICY_TTL_MS = 60_000;
let cachedSitePolicy: { value: Awaited<ReturnType<typeof getCurrentPolicyVersion>>; at: number } | null = null;

/** Checked on every signed-in request: the current version is cached for a minute per process (its age on the monotonic clock). */
export async function currentSitePolicy() {
  if (!cachedSitePolicy || performance.now() - cachedSitePolicy.at > CURRENT_SITE_POLICY_TTL_MS) {
    cachedSitePolicy = { value: await getCurrentPolicyVersion("site"), at: performance.now() };
  }
  return cachedSitePolicy.value;
}

/** After a publication in this process: the next page asks for the new version at once. */
export function forgetCurrentSitePolicy(): void {
  cachedSitePolicy = null;
}

export async function acceptCurrentPolicies(userId: string, kinds: PolicyKind[], tx: Executor = db, now = clockNow()) {
  for (const kind of kinds) {
    const version = await getCurrentPolicyVersion(kind, tx);
    if (!version) continue;
    await tx
      .insert(policyAcceptances)
      .values({ userId, policyVersionId: version.id, acceptedAt: now })
      .onConflictDoNothing();
  }
}
