// One entry per email event: builds the localized content for the shared layout from the "emails" messages.
import { createTranslator } from "next-intl";
import { getMessages } from "@/lib/i18n/catalogue";
import type { EmailContent } from "./layout";

export const EMAIL_TEMPLATES = [
  "confirmEmail",
  "accountExists",
  "passwordReset",
  "passwordChanged",
  "changeEmail",
  "emailChanged",
  "certificateIssued",
  "certificateRevoked",
  "certificateReissued",
  "dataRequestReceived",
  "dpoNotification",
  "dataRequestInProgress",
  "dataRequestAnswered",
  "dataRequestRefused",
  "accountDeleted",
  "retentionWarning",
  "organisationInvitation",
  "organisationDeleted",
] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

/** Templates whose message carries a button. */
const ACTIONS: Partial<Record<EmailTemplate, true>> = {
  confirmEmail: true,
  accountExists: true,
  passwordReset: true,
  passwordChanged: true,
  changeEmail: true,
  emailChanged: true,
  certificateIssued: true,
  certificateReissued: true,
  retentionWarning: true,
  dataRequestInProgress: true,
  dataRequestAnswered: true,
  dataRequestRefused: true,
  organisationInvitation: true,
};

export function buildEmail(
  template: EmailTemplate,
  locale: "fr" | "en",
  values: Record<string, string>,
  url?: string,
): EmailContent & { subject: string } {
  // Email text is looked up by template name, so the translator is used untyped here.
  const t = createTranslator({
    locale,
    messages: getMessages(locale) as Record<string, never>,
    namespace: "emails" as never,
  }) as unknown as {
    (key: string, values?: Record<string, string>): string;
    raw(key: string): unknown;
  };
  const key = (k: string) => `${template}.${k}`;
  // A paragraph that is only an optional value (an answer's note) is left out when the value is empty.
  const paragraphs = (t.raw(key("body")) as string[])
    .map((p) => p.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? ""))
    .filter((p) => p.trim() !== "");
  return {
    locale,
    subject: t(key("subject"), values),
    preview: t(key("subject"), values),
    heading: t(key("heading"), values),
    paragraphs,
    action: ACTIONS[template] && url ? { label: t(key("action")), url } : undefined,
    footer: t("footer"),
  };
}
