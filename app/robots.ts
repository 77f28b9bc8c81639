import type { MetadataRoute } from "next";
import { env } from "@/lib/env.mjs";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/fr/learn/", "/en/learn/", "/fr/account", "/en/account"],
    },
    sitemap: `${env.APP_URL}/sitemap.xml`,
  };
}
