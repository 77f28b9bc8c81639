// The revocation list: what a verification checks (and the only certificate record kept after erasure).
import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { certificateRevocations, type RevocationReason } from "@/db/schema";
import { logger } from "@/lib/observability/logger";

export type RevocationStatus =
  | { status: "notRevoked" }
  | { status: "revoked"; revokedAt: Date; reason: RevocationReason; replacedBy: string | null }
  /** The list could not be read (database down): never reported as "valid". */
  | { status: "unknown" };

export async function getRevocationStatus(certificateId: string, exec: Executor = db): Promise<RevocationStatus> {
  try {
    const [row] = await exec
      .select()
      .from(certificateRevocations)
      .where(eq(certificateRevocations.certificateId, certificateId));
    return row
      ? { status: "revoked", revokedAt: row.revokedAt, reason: row.reason, replacedBy: row.replacedBy }
      : { status: "notRevoked" };
  } catch (error) {
    logger.error({ error: error instanceof Error ? error.message : String(error) }, "revocation list unreachable");
    return { status: "unknown" };
  }
}
