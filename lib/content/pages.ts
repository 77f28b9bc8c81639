// Public text pages (FAQ, legal notice, accessibility, policies) written in MDX under content/pages.
import { localeOf } from "@/lib/i18n/locales";
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileMdx } from "./compile-mdx";
import { CONTENT_DIR } from "./load";

import { POLICY_PAGES, type PolicyPage, type TextPage } from "./public-paths";

export { POLICY_PAGES, TEXT_PAGES, type PolicyPage, type TextPage } from "./public-paths";

export function textPageFile(page: string, locale: string): string {
  const isPolicy = (POLICY_PAGES as readonly string[]).includes(page);
  return path.join(CONTENT_DIR, "pages", isPolicy ? "policies" : "", `${page}.${localeOf(locale)}.mdx`);
}

export async function getTextPageCode(page: TextPage | PolicyPage, locale: string): Promise<string | null> {
  const file = textPageFile(page, locale);
  if (!existsSync(file)) return null;
  return compileMdx(readFileSync(file, "utf8"), path.relative(process.cwd(), file));
}

export function isPolicyPage(value: string): value is PolicyPage {
  return (POLICY_PAGES as readonly string[]).includes(value);
}
