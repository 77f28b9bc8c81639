// Locale routing only: authorisation is checked in every page, action and route, never here.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|videos|captions|fonts|favicon.ico|icon.svg|robots.txt|sitemap.xml|.*\\..*).*)"],
};
