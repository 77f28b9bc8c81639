// The scheduled job endpoint: retention purge and email retries, guarded by CRON_SECRET.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env.mjs";
import { flushOutbox } from "@/lib/email/send";
import { runRetentionPurge } from "./purge";

function authorised(request: Request): boolean {
  if (!env.CRON_SECRET) return false;
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function runScheduledJobs(request: Request): Promise<Response> {
  const noStore = { "Cache-Control": "no-store" };
  if (!authorised(request)) return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const dryRun = new URL(request.url).searchParams.get("dryRun") === "1";
  const purge = await runRetentionPurge({ dryRun });
  const retried = dryRun ? 0 : await flushOutbox();
  return Response.json({ purge, emailsRetried: retried }, { headers: noStore });
}
