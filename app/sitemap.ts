import type { MetadataRoute } from "next";
import { findModuleSlugs } from "@/lib/content/catalogue";
import { POLICY_PAGES, TEXT_PAGES } from "@/lib/content/public-paths";
import { env } from "@/lib/env.mjs";
import { OPEN_UNIT_PATH } from "@/lib/progress/open-unit";
import { routing } from "@/lib/i18n/routing";

/** Every public page in both languages, each with its alternate. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    "",
    "/modules",
    ...findModuleSlugs().map((s) => `/modules/${s}`),
    OPEN_UNIT_PATH, // the one unit open to visitors (lib/progress/open-unit.ts)
    ...TEXT_PAGES.map((p) => `/${p}`),
    ...POLICY_PAGES.map((p) => `/policies/${p}`),
    "/verify",
    "/site-map",
    "/sign-up",
    "/sign-in",
  ];
  return paths.flatMap((p) =>
    routing.locales.map((locale) => ({
      url: `${env.APP_URL}/${locale}${p}`,
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `${env.APP_URL}/${l}${p}`])) },
    })),
  );
}
