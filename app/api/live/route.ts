export const dynamic = "force-dynamic";

/** Liveness: the process answers; never touches the database. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
