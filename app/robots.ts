import type { MetadataRoute } from "next";
import { env } from "@/lib/env.mjs";
import { OPEN_UNIT_PAGES } from "@/lib/progress/open-unit";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      // The open unit is the one unit a visitor may study, so the one search engines may index: its page
      // alone ("$" ends the match, so its quiz stays out), a longer match than the learn/ rule.
      allow: ["/", ...OPEN_UNIT_PAGES.map((page) => `${page}$`)],
      disallow: ["/api/", "/fr/learn/", "/en/learn/", "/fr/account", "/en/account"],
    },
    sitemap: `${env.APP_URL}/sitemap.xml`,
  };
}
