// Property-based tests of the privacy server actions (lib/privacy/actions.ts) on hostile input, and
// injected text in a data-protection request: stored and exported byte for byte, escaped in the email.
import { randomBytes } from "node:crypto";
import { and, desc, eq, like } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { dataRequests, rateLimitBuckets, users, type User } from "@/db/schema";
import { DATA_REQUEST_KINDS } from "@/lib/privacy/request-vocabulary";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env.mjs";
import { dataRequestAction, deleteAccountAction } from "@/lib/privacy/actions";
import { exportUserData } from "@/lib/privacy/export-data";
import { PASSWORD, createLearner } from "../../support/factories";
import {
  CHECKBOX,
  CLIENT_IP,
  HTML_INJECTION,
  LOCALE,
  SQL_INJECTION,
  UNICODE_EDGES,
  checkAction,
  describeOutcome,
  field,
  formArb,
  fuzzEveryTarget,
  newRequest,
  prepareFuzzing,
  recentOrAnyAuth,
  runProperty,
  toFormData,
  type FuzzTarget,
} from "../../support/fuzz";
import { newestEmailTo } from "../../support/outbox";

const THROTTLE = ["rate_limit_buckets"] as const;

let requester: User;
/** The account the deletion runs try to delete; replaced once deleted. */
let victim: User;

let victimHash: string;

/** A confirmed account inserted directly: registering through the factory for each deletion costs too much. */
async function newVictim(): Promise<User> {
  const tag = randomBytes(4).toString("hex");
  const [user] = await db
    .insert(users)
    .values({
      firstName: "Victor",
      lastName: "Supprimé",
      username: `victim_${tag}`,
      email: `victim-${tag}@example.org`,
      passwordHash: victimHash,
      track: "public",
      ageConfirmedAt: new Date(),
      emailVerifiedAt: new Date(),
    })
    .returning();
  if (!user) throw new Error("victim not created");
  return user;
}

beforeAll(async () => {
  await prepareFuzzing();
  requester = await createLearner({ firstName: "Zoë", lastName: "Durand" });
  victimHash = await hashPassword(PASSWORD);
  victim = await newVictim();
});

async function exists(user: User): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).length > 0;
}

/** The DPO request limit (5 a day per account) would hide the write path after five accepted runs. */
async function resetRequestLimit(user: User): Promise<void> {
  await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, `dpo:user:${user.id}`));
}

const MESSAGES = fc.oneof(
  fc.string({ minLength: 10, maxLength: 300 }),
  fc.lorem({ maxCount: 30 }).filter((s) => s.length >= 10),
  fc.constantFrom(...HTML_INJECTION, ...SQL_INJECTION).map((p) => `Ma demande : ${p}`),
);
const PASSWORDS = fc.oneof(
  { weight: 1, arbitrary: fc.constant(PASSWORD) },
  { weight: 5, arbitrary: fc.constantFrom("une autre phrase de passe très longue", "short", "password1234") },
);

const TARGETS: Record<string, FuzzTarget> = {
  "lib/privacy/actions.ts#deleteAccountAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(5, 5),
          // Now and then the account's sign-in throttle is cleared, so wrong-password runs do not keep
          // every later run on the "rate limited" answer.
          clearThrottle: fc
            .boolean()
            .chain((b) => (b ? fc.boolean() : fc.constant(false)))
            .chain((b) => (b ? fc.boolean() : fc.constant(false))),
          form: formArb({ locale: LOCALE, password: field(PASSWORDS), confirmDelete: CHECKBOX }),
        }),
        async ({ ip, auth, clearThrottle, form }) => {
          if (!(await exists(victim))) victim = await newVictim();
          if (clearThrottle) await db.delete(rateLimitBuckets).where(like(rateLimitBuckets.key, `%:${victim.id}`));
          await newRequest(ip, auth, victim);
          const data = await toFormData(form);
          const outcome = await checkAction(() => deleteAccountAction(undefined, data), { refusalMayWrite: THROTTLE });
          const deleted = !(await exists(victim));
          if (outcome.kind === "redirect" && /account-deleted$/.test(outcome.url)) expect(deleted).toBe(true);
          else expect(deleted).toBe(false);
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/privacy/actions.ts#dataRequestAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(5, 5),
          form: formArb({
            locale: LOCALE,
            kind: field(fc.constantFrom(...DATA_REQUEST_KINDS)),
            message: field(MESSAGES),
            kindLabel: field(fc.constantFrom("Accès à mes données", "<b>Accès</b>", "Effacement")),
          }),
        }),
        async ({ ip, auth, form }) => {
          await resetRequestLimit(requester);
          await newRequest(ip, auth, requester);
          const data = await toFormData(form);
          const outcome = await checkAction(() => dataRequestAction(undefined, data));
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },
};

describe("fuzz: privacy actions (lib/privacy/actions.ts)", () => {
  fuzzEveryTarget("privacy", TARGETS);

  it("stores and exports injected request text byte for byte, and escapes it in the DPO email", async () => {
    const payloads = [...HTML_INJECTION, ...SQL_INJECTION, ...UNICODE_EDGES];
    let accepted = 0;
    for (const payload of payloads) {
      const message = `Ma demande : ${payload} — merci.`;
      await resetRequestLimit(requester);
      await newRequest("198.51.100.9", "recent", requester);
      const form = new FormData();
      form.set("locale", "fr");
      form.set("kind", "other");
      form.set("message", message);
      form.set("kindLabel", payload);
      const outcome = await checkAction(() => dataRequestAction(undefined, form));
      if (outcome.kind !== "result" || !(outcome.value as { ok: boolean }).ok) continue; // refused: checked by checkAction
      accepted += 1;
      // What HTTP can carry: a form body is UTF-8, so a lone surrogate arrives as U+FFFD.
      const expected = message.toWellFormed().trim();
      const [stored] = await db
        .select()
        .from(dataRequests)
        .where(and(eq(dataRequests.userId, requester.id)))
        .orderBy(desc(dataRequests.createdAt))
        .limit(1);
      expect(stored?.message).toBe(expected);
      const exported = await exportUserData(requester.id);
      expect(JSON.stringify(exported)).toContain(JSON.stringify(expected).slice(1, -1));
      const mail = await newestEmailTo(env.DPO_EMAIL);
      expect(mail?.text).toContain(stored?.id);
      // An injected tag never reaches the HTML as a tag (React escapes text; "<!--" alone is left out:
      // React's own rendering markers are HTML comments).
      if (/<[a-z/!]/i.test(payload) && payload !== "<!--")
        expect(mail?.html, `raw markup in the DPO email: ${payload}`).not.toContain(payload);
      // The plain-text part is a rendering (html-to-text turns a zero-width space into a space):
      // compared without whitespace and invisible format characters.
      const visible = (t: string) => t.replace(/[\s\p{Cf}]+/gu, "");
      expect(visible(mail?.text ?? "")).toContain(visible(expected));
    }
    // Only a message the app refuses (NUL) may be left out.
    expect(accepted).toBeGreaterThanOrEqual(payloads.length - 2);
  });
});
