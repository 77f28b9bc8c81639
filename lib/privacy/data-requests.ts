// Requests to the Data Protection Officer: recorded with a status, acknowledged, forwarded to DPO_EMAIL.
import "server-only";
import { desc, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db } from "@/db/client";
import { dataRequestEvents, dataRequests, type User } from "@/db/schema";
import { type DataRequestKind } from "@/lib/privacy/request-vocabulary";
import { env } from "@/lib/env.mjs";
import { queueEmails, recordEmail } from "@/lib/email/send";
import { getMessages } from "@/lib/i18n/catalogue";

/** The request's name in the learner's language, from our own words (never text the form sent). */
export function kindLabel(kind: DataRequestKind, locale: User["locale"]): string {
  const t = createTranslator({ locale, messages: getMessages(locale), namespace: "privacy" as never }) as unknown as (
    key: string,
  ) => string;
  return t(`kind_${kind}`);
}

export async function createDataRequest(user: User, kind: DataRequestKind, message: string) {
  // The request and both emails are committed together: the DPO is never left unaware of a request.
  const { request, emailIds } = await db.transaction(async (tx) => {
    const [request] = await tx.insert(dataRequests).values({ userId: user.id, kind, message }).returning();
    if (!request) throw new Error("data request insert returned nothing");
    await tx
      .insert(dataRequestEvents)
      .values({ requestId: request.id, at: request.createdAt, step: "recorded", toStatus: "received" });
    const emailIds = [
      await recordEmail(
        {
          to: user.email,
          userId: user.id,
          template: "dataRequestReceived",
          locale: user.locale,
          values: { kind: kindLabel(kind, user.locale) },
        },
        tx,
      ),
      await recordEmail(
        {
          to: env.DPO_EMAIL,
          userId: user.id,
          template: "dpoNotification",
          locale: "fr",
          values: { kind, requestId: request.id, message },
        },
        tx,
      ),
    ];
    return { request, emailIds };
  });
  await queueEmails(emailIds);
  return request;
}

export async function findOwnDataRequests(userId: string) {
  return db.select().from(dataRequests).where(eq(dataRequests.userId, userId)).orderBy(desc(dataRequests.createdAt));
}
