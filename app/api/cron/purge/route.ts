import { refuseBodyMethods } from "@/lib/request-body";
import { runScheduledJobs } from "@/lib/privacy/cron";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

/** Called by a scheduler (Vercel cron sends `Authorization: Bearer $CRON_SECRET`). */
export async function GET(request: Request) {
  return runScheduledJobs(request);
}
