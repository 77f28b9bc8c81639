// next-intl's server functions outside a Next.js request (its request config is a build-time alias), for
// tests that render server components: `vi.mock("next-intl/server", () => import("…/next-intl-server"))`.
import { createFormatter, createTranslator } from "next-intl";
import { getMessages } from "@/lib/i18n/catalogue";
import { isLocale } from "@/lib/i18n/locales";

const messagesOf = (locale: string) => getMessages(isLocale(locale) ? locale : "fr") as Record<string, never>;

export const getRequestConfig = (fn: unknown) => fn;

export const setRequestLocale = () => {};

export const getTranslations = async ({ locale, namespace }: { locale: string; namespace: string }) =>
  createTranslator({ locale, messages: messagesOf(locale), namespace: namespace as never });

export const getFormatter = async ({ locale }: { locale: string }) =>
  createFormatter({ locale, timeZone: "Europe/Paris" });
