import type { MetadataRoute } from "next";
import { env } from "@/lib/env.mjs";

/**
 * Unit pages are not disallowed, on purpose. The gate (lib/progress/unit-gate.ts, run by proxy.ts) is
 * what protects a gated unit: an anonymous crawler gets a redirect to sign-in, never the lesson, and a
 * signed-in answer carries `private, no-cache`, so no shared cache keeps it. A disallow would add no
 * protection, only hide the open unit's neighbours from the page-quality audits and make a signed-in unit
 * page "not crawlable" (Lighthouse SEO 63). What must stay out of the index says so itself: the sign-in
 * page reached with `?next=` (where the gate sends a crawler) and every quiz and result page are
 * `noindex`; the open unit (lib/progress/open-unit.ts) is the one unit page in sitemap.xml. The API and
 * the account pages hold nothing to index.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/fr/account", "/en/account"],
    },
    sitemap: `${env.APP_URL}/sitemap.xml`,
  };
}
