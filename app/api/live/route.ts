import { refuseBodyMethods } from "@/lib/request-body";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

/** Liveness: the process answers; never touches the database. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
