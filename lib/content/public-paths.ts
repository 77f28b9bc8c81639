// Names of the public text pages (shared by the pages, the sitemap and content:check).
export const TEXT_PAGES = ["faq", "glossary", "legal", "accessibility"] as const;
export const POLICY_PAGES = ["site", "privacy", "cookies"] as const;
export type TextPage = (typeof TEXT_PAGES)[number];
export type PolicyPage = (typeof POLICY_PAGES)[number];
