import { refuseBodyMethods } from "@/lib/request-body";
import { getHealth } from "@/lib/health";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

/** Readiness: is the database reachable and migrated? */
export async function GET() {
  const health = await getHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(health.status === "ok" ? {} : { "Retry-After": "5" }) },
  });
}
