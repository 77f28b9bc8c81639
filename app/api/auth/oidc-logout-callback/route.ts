import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env.mjs";
import { OIDC_LOGOUT_CALLBACK_PATH, OIDC_LOGOUT_COOKIE, logoutReturn } from "@/lib/auth/oidc/logout";
import { logger } from "@/lib/observability/logger";

export const dynamic = "force-dynamic";

/** The provider's post-logout redirect: the state checked, its cookie cleared, then the home page. */
export async function GET(request: NextRequest): Promise<Response> {
  const { locale, matched } = logoutReturn(
    request.cookies.get(OIDC_LOGOUT_COOKIE)?.value,
    request.nextUrl.searchParams.get("state"),
  );
  if (!matched) logger.warn("oidc logout came back with an unknown state");
  const response = NextResponse.redirect(`${env.APP_URL}/${locale}`, 303);
  response.cookies.set(OIDC_LOGOUT_COOKIE, "", { path: OIDC_LOGOUT_CALLBACK_PATH, maxAge: 0 });
  return response;
}
