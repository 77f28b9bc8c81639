// The "download my data" file: owner only, recent sign-in required, never cached.
import "server-only";
import { reauthPath } from "@/lib/auth/paths";
import { getCurrentSession } from "@/lib/auth/session";
import { isRecentlyAuthenticated } from "@/lib/auth/sessions";
import { isLocale, localeOf } from "@/lib/i18n/locales";
import { exportAfterReauthPath } from "./export-path";
import { exportUserData } from "./export-data";
import { now as clockNow } from "@/lib/clock";

/** `locale`: the language of the page the link was on (the password is asked in it); else the learner's. */
export async function getDataExportResponse(locale: string | null = null): Promise<Response> {
  const current = await getCurrentSession();
  const noStore = { "Cache-Control": "no-store" };
  if (!current) return Response.json({ error: "sign-in required" }, { status: 401, headers: noStore });
  if (!isRecentlyAuthenticated(current.authenticatedAt)) {
    // The privacy page keeps its download button after a pause: the password is asked on the way,
    // then /reauth sends the learner back to that page, which starts the download.
    const language = isLocale(locale) ? locale : localeOf(current.user.locale);
    const reauth = reauthPath(language, exportAfterReauthPath(language));
    return Response.json(
      { error: "recent sign-in required", reauth },
      { status: 303, headers: { ...noStore, Location: reauth } },
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
