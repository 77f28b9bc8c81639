// Sends an email after the caller's commit: recorded in email_outbox, delivered over SMTP when SMTP_URL
// is set, otherwise written as an .eml file in the local outbox folder (its link logged in development).
import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { render } from "@react-email/render";
import { and, eq, lt } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { logger } from "@/lib/observability/logger";
import { EmailLayout } from "./layout";
import { buildEmail, type EmailTemplate } from "./templates";
import { now as clockNow } from "@/lib/clock";

export interface EmailRequest {
  to: string;
  userId: string | null;
  template: EmailTemplate;
  locale: "fr" | "en";
  values?: Record<string, string>;
  url?: string;
  /** false: deliver without keeping any trace (the account-deleted confirmation). */
  record?: boolean;
}

const MAX_ATTEMPTS = 5;

let transporter: Transporter | null = null;
function getTransport(): Transporter {
  /** SMTP_URL, e.g. smtps://user:pass@smtp.example.org:465 — TLS certificates are always verified. */
  transporter ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

async function deliver(id: string, to: string, subject: string, html: string, text: string): Promise<void> {
  const info = (await getTransport().sendMail({ from: env.MAIL_FROM, to, subject, html, text })) as {
    message?: Buffer;
  };
  if (!env.SMTP_URL && info.message) {
    await mkdir(env.OUTBOX_DIR, { recursive: true });
    const file = path.join(env.OUTBOX_DIR, `${clockNow().toISOString().replace(/[:.]/g, "-")}-${id}.eml`);
    await writeFile(file, info.message);
    logger.info(describeOutboxWrite(subject, to, file, text));
  }
}

/**
 * The log line of an email written to the outbox. In development it carries the address and the link,
 * for convenience; in production neither (a reset or confirmation link is as good as a password, and
 * logs are kept and read more widely than the outbox): only the file to open.
 */
function describeOutboxWrite(subject: string, to: string, file: string, text: string): string {
  if (env.isProduction) return `email "${subject}" written to ${file}`;
  const link = /https?:\/\/\S+/.exec(text)?.[0];
  return `email "${subject}" to ${to} written to ${file}${link ? ` — link: ${link}` : ""}`;
}

/** Records then delivers; a failed delivery stays pending and is retried by flushOutbox(). */
export async function sendEmail(request: EmailRequest): Promise<void> {
  const content = buildEmail(request.template, request.locale, request.values ?? {}, request.url);
  const element = EmailLayout(content);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  if (request.record === false) {
    await deliver("unrecorded", request.to, content.subject, html, text).catch((error: unknown) => {
      logger.error({ err: error }, "unrecorded email not delivered");
    });
    return;
  }
  const [row] = await db
    .insert(emailOutbox)
    .values({
      userId: request.userId,
      toAddress: request.to,
      template: request.template,
      subject: content.subject,
      html,
      text,
    })
    .returning({ id: emailOutbox.id });
  if (row) await attempt(row.id, request.to, content.subject, html, text, 0);
}

async function attempt(id: string, to: string, subject: string, html: string, text: string, attempts: number) {
  try {
    await deliver(id, to, subject, html, text);
    // Bodies may hold single-use links: once delivered they are not kept.
    await db
      .update(emailOutbox)
      .set({ status: "sent", sentAt: clockNow(), html: null, text: null, attempts: attempts + 1 })
      .where(eq(emailOutbox.id, id));
  } catch (error) {
    const failed = attempts + 1 >= MAX_ATTEMPTS;
    logger.error({ err: error, emailId: id, attempt: attempts + 1 }, "email not delivered");
    await db
      .update(emailOutbox)
      .set({
        status: failed ? "failed" : "pending",
        attempts: attempts + 1,
        lastError: (error as Error).message.slice(0, 500),
      })
      .where(eq(emailOutbox.id, id));
  }
}

/** Retries pending emails (called periodically by the server and by the cron route). */
export async function flushOutbox(): Promise<number> {
  const pending = await db
    .select()
    .from(emailOutbox)
    // Rows younger than a minute may still be in their first delivery attempt.
    .where(
      and(
        eq(emailOutbox.status, "pending"),
        lt(emailOutbox.attempts, MAX_ATTEMPTS),
        lt(emailOutbox.createdAt, new Date(clockNow().getTime() - 60_000)),
      ),
    )
    .limit(50);
  for (const e of pending) {
    if (e.html && e.text) await attempt(e.id, e.toAddress, e.subject, e.html, e.text, e.attempts);
  }
  return pending.length;
}
