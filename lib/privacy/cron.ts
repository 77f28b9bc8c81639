// The scheduled-jobs endpoint, guarded by CRON_SECRET: queues the daily jobs and works the queues for a
// bounded time. Where no server process lives on (Vercel) this is what runs the background work; in a
// container the server's own workers do, and a call here only helps.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env.mjs";
import { drainJobs, getBoss, maintainJobs } from "@/lib/jobs";
import { runAccountCleanup, runRetentionPurge } from "./purge";

/** Under Vercel's default function limit, with room for the response. */
const DRAIN_BUDGET_MS = 20_000;

function authorised(request: Request): boolean {
  if (!env.CRON_SECRET) return false;
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function runScheduledJobs(request: Request): Promise<Response> {
  const noStore = { "Cache-Control": "no-store" };
  if (!authorised(request)) return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  if (new URL(request.url).searchParams.get("dryRun") === "1") {
    const [purge, cleanup] = [await runRetentionPurge({ dryRun: true }), await runAccountCleanup({ dryRun: true })];
    return Response.json({ purge, cleanup }, { headers: noStore });
  }
  const boss = await getBoss();
  // One daily job per kind even if the scheduler calls twice in a row (both are idempotent anyway).
  const once = { singletonKey: "cron", singletonSeconds: 300 };
  await boss.send("retention-purge", {}, once);
  await boss.send("account-cleanup", {}, once);
  await boss.send("email-sweep", {}, once);
  // Jobs whose runner died are put back for a retry before the queues are worked.
  await maintainJobs();
  const drained = await drainJobs({ budgetMs: DRAIN_BUDGET_MS });
  return Response.json({ drained }, { headers: noStore });
}
