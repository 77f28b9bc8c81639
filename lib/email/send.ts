// Emails as jobs: a row in email_outbox is recorded with the change that needs it (same transaction
// when the caller passes one), then the `email` job (same id) renders and delivers it over SMTP when
// SMTP_URL is set, otherwise as an .eml file in the local outbox folder (its link logged in development).
import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { render } from "@react-email/render";
import { and, eq, lt } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db, type Executor } from "@/db/client";
import { emailOutbox, type EmailPayload } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { logger } from "@/lib/observability/logger";
import { enqueueJob } from "@/lib/jobs";
import { redactAddresses } from "@/lib/jobs/status";
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
  /** The organisation invitation this email carries: the row goes when the invitation does. */
  invitationId?: string;
  /** false: deliver without keeping any trace (the account-deleted confirmation). */
  record?: boolean;
}

let transporter: Transporter | null = null;
function getTransport(): Transporter {
  /** SMTP_URL, e.g. smtps://user:pass@smtp.example.org:465 — TLS certificates are always verified. */
  // Timeouts well under the email job's expireIn (lib/jobs/queues): a send still running when its job
  // expires would be sent again by the retry.
  transporter ??= env.SMTP_URL
    ? nodemailer.createTransport({
        url: env.SMTP_URL,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

/**
 * X-Vigie-Job-Id: the job (and outbox row) an email comes from, so deliveries can be counted per job.
 * The Message-ID is the row's too: if an instance dies after the SMTP server accepted the message but
 * before the row is marked sent, the retry sends the same Message-ID, which mail services fold into one.
 */
async function deliver(id: string, to: string, subject: string, html: string, text: string): Promise<void> {
  const headers = { "X-Vigie-Job-Id": id };
  const messageId = `<${id}@${new URL(env.APP_URL).hostname}>`;
  const mail = { from: env.MAIL_FROM, to, subject, html, text, headers, messageId };
  const info = (await getTransport().sendMail(mail)) as {
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

async function renderEmail(template: EmailTemplate, payload: EmailPayload) {
  const content = buildEmail(template, payload.locale, payload.values, payload.url);
  const element = EmailLayout(content);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: content.subject, html, text };
}

/**
 * Records an email to send, in the caller's transaction when it passes one: if the process dies after
 * the commit, the row is still there and the email-sweep job queues it. Returns the row's id, which
 * queueEmails() takes after the commit.
 */
export async function recordEmail(request: EmailRequest, executor: Executor = db): Promise<string> {
  const payload: EmailPayload = { locale: request.locale, values: request.values ?? {}, url: request.url };
  const { subject } = buildEmail(request.template, payload.locale, payload.values, payload.url);
  const [row] = await executor
    .insert(emailOutbox)
    .values({
      userId: request.userId,
      invitationId: request.invitationId,
      toAddress: request.to,
      template: request.template,
      subject,
      payload,
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("email_outbox insert returned nothing");
  return row.id;
}

/**
 * Creates the job of each recorded email (after the commit). The job's id is the row's id, so queueing
 * twice creates one job; if the engine cannot be reached the rows wait for the email-sweep job.
 */
export async function queueEmails(ids: string[]): Promise<void> {
  for (const id of ids) {
    await enqueueJob("email", { outboxId: id }, { id }).catch((error: unknown) => {
      logger.warn({ emailId: id, error: (error as Error).message.split("\n")[0] }, "email left for the sweep");
    });
  }
}

/** Records then queues an email, for callers with no transaction to share. */
export async function sendEmail(request: EmailRequest): Promise<void> {
  if (request.record === false) return sendUnrecorded(request);
  await queueEmails([await recordEmail(request)]);
}

/** The account-deleted confirmation: nothing about the former account is kept, not even in a job. */
async function sendUnrecorded(request: EmailRequest): Promise<void> {
  const { subject, html, text } = await renderEmail(request.template, {
    locale: request.locale,
    values: request.values ?? {},
    url: request.url,
  });
  await deliver("unrecorded", request.to, subject, html, text).catch((error: unknown) => {
    logger.error({ error: redactAddresses((error as Error).message) }, "unrecorded email not delivered");
  });
}

/**
 * The `email` job: renders and delivers one recorded email. A row already sent is not sent again (a
 * job retried after its runner died once SMTP had accepted it). An error makes pg-boss retry the job
 * with back-off; after the last retry the row is marked failed too.
 */
export async function deliverOutboxEmail(
  id: string,
  job: { retryCount: number; retryLimit: number },
): Promise<{ delivered: boolean }> {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  if (!row || row.status === "sent") return { delivered: false };
  const attempts = job.retryCount + 1;
  try {
    const rendered = row.payload
      ? await renderEmail(row.template as EmailTemplate, row.payload)
      : { subject: row.subject, html: row.html ?? "", text: row.text ?? "" };
    await deliver(id, row.toAddress, rendered.subject, rendered.html, rendered.text);
  } catch (error) {
    const message = redactAddresses((error as Error).message).slice(0, 500);
    logger.error({ emailId: id, attempt: attempts, error: message }, "email not delivered");
    await db
      .update(emailOutbox)
      .set({ status: job.retryCount >= job.retryLimit ? "failed" : "pending", attempts, lastError: message })
      .where(eq(emailOutbox.id, id));
    throw error;
  }
  // Payload and bodies may hold single-use links: once delivered they are not kept.
  await db
    .update(emailOutbox)
    .set({ status: "sent", sentAt: clockNow(), payload: null, html: null, text: null, attempts })
    .where(eq(emailOutbox.id, id));
  return { delivered: true };
}

/** Rows younger than this may still be between their commit and their enqueue. */
const STRANDED_AFTER_MS = 30_000;

/** The `email-sweep` job: queues the pending rows that have no job (an id already queued is ignored). */
export async function requeueStrandedEmails(now = clockNow()): Promise<{ requeued: number }> {
  const stranded = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(eq(emailOutbox.status, "pending"), lt(emailOutbox.createdAt, new Date(now.getTime() - STRANDED_AFTER_MS))),
    )
    .limit(500);
  await queueEmails(stranded.map((r) => r.id));
  return { requeued: stranded.length };
}
