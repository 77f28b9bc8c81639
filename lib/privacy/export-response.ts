// The "download my data" file: owner only, recent sign-in required, never cached.
import "server-only";
import { getCurrentSession } from "@/lib/auth/session";
import { isRecentlyAuthenticated } from "@/lib/auth/sessions";
import { exportUserData } from "./export-data";
import { now as clockNow } from "@/lib/clock";

export async function getDataExportResponse(): Promise<Response> {
  const current = await getCurrentSession();
  const noStore = { "Cache-Control": "no-store" };
  if (!current) return Response.json({ error: "sign-in required" }, { status: 401, headers: noStore });
  if (!isRecentlyAuthenticated(current.authenticatedAt)) {
    return Response.json(
      { error: "recent sign-in required", reauth: `/${current.user.locale}/reauth` },
      { status: 403, headers: noStore },
    );
  }
  const data = await exportUserData(current.user.id);
  if (!data) return Response.json({ error: "not found" }, { status: 404, headers: noStore });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...noStore,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="vigie-mes-donnees-${clockNow().toISOString().slice(0, 10)}.json"`,
    },
  });
}
