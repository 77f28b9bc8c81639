// Until the job engine registers its own count (setJobCountsSource), the jobs are the email outbox's rows.
import "server-only";
import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { JobCounts } from "./metrics";

export async function outboxJobCounts(): Promise<JobCounts> {
  const rows = await db
    .select({ status: emailOutbox.status, n: count() })
    .from(emailOutbox)
    .groupBy(emailOutbox.status);
  const of = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
  return { queued: of("pending"), active: 0, failed: of("failed") };
}
