// Property-based tests of the profile server actions (lib/account/actions.ts) on hostile input: never
// an uncaught exception, a clear translatable refusal, no write on refusal.
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { PROFESSIONAL_CATEGORIES } from "@/lib/account/tracks";
import {
  changeEmailAction,
  changePasswordAction,
  confirmEmailChangeAction,
  rememberUsernameAction,
  updateProfileAction,
} from "@/lib/account/actions";
import { issueEmailToken } from "@/lib/auth/tokens";
import { PASSWORD, createLearner } from "../../support/factories";
import {
  AUTH_STATE,
  CHECKBOX,
  CLIENT_IP,
  LOCALE,
  checkAction,
  describeOutcome,
  field,
  first,
  formArb,
  fuzzEveryTarget,
  newRequest,
  prepareFuzzing,
  runProperty,
  toFormData,
  type FuzzTarget,
} from "../../support/fuzz";

const THROTTLE = ["rate_limit_buckets"] as const;

let learner: User;
let locked: User;
/** Whose password the change-password runs try to change, and its current password. */
const passwordOwner = { user: null as unknown as User, password: PASSWORD };

beforeAll(async () => {
  await prepareFuzzing();
  learner = await createLearner({ firstName: "Zoë", lastName: "Durand" });
  locked = await createLearner({ firstName: "Léa", lastName: "Figée" });
  await db.update(users).set({ nameLockedAt: new Date() }).where(eq(users.id, locked.id));
  [locked] = (await db.select().from(users).where(eq(users.id, locked.id))) as [User];
  passwordOwner.user = await createLearner();
});

/** The row as it is now (a run may have renamed the user or changed the address). */
async function fresh(user: User): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  return row ?? user;
}

const NAMES = fc.constantFrom(
  "Camille",
  "Zoë",
  "Léa",
  "Figée",
  "Œlschläger-N'Diaye",
  "Jean-Luc",
  "O’Brien",
  "Ana María",
  "e\u0301lise",
);
const GOOD_PASSWORDS = fc.constantFrom(
  "une autre phrase de passe très longue",
  "𝔘𝔫 𝔪𝔬𝔱 𝔡𝔢 𝔭𝔞𝔰𝔰𝔢 🦊🦊🦊🦊",
  "encore une phrase assez longue ici",
);
const PASSWORDS = fc.oneof(GOOD_PASSWORDS, fc.constantFrom("short", "azertyuiop123", "password1234", "motdepasse"));
const EMAILS = fc.oneof(
  fc.stringMatching(/^[a-z]{3,10}\.[a-z]{2,8}@example\.(org|fr)$/),
  fc.constantFrom("⟦other.email⟧", "⟦own.email⟧"),
);

const TARGETS: Record<string, FuzzTarget> = {
  "lib/account/actions.ts#updateProfileAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: fc.constantFrom("learner", "locked"),
          form: formArb({
            locale: LOCALE,
            firstName: field(NAMES),
            lastName: field(NAMES),
            track: field(fc.constantFrom("public", "professional")),
            professionalCategory: field(fc.constantFrom(...PROFESSIONAL_CATEGORIES)),
          }),
        }),
        async ({ ip, auth, who, form }) => {
          await newRequest(ip, auth, who === "locked" ? locked : learner);
          const data = await toFormData(form);
          const outcome = await checkAction(() => updateProfileAction(undefined, data));
          return `${auth} ${who}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/account/actions.ts#changePasswordAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          form: formArb({
            locale: LOCALE,
            currentPassword: field(fc.oneof(fc.constant("⟦current⟧"), PASSWORDS)),
            newPassword: field(PASSWORDS),
          }),
        }),
        async ({ ip, auth, form }) => {
          await newRequest(ip, auth, passwordOwner.user);
          const data = await toFormData(form, { "⟦current⟧": () => passwordOwner.password });
          // A wrong current password counts against the account, like a sign-in.
          const outcome = await checkAction(() => changePasswordAction(undefined, data), { refusalMayWrite: THROTTLE });
          if (outcome.kind === "result" && (outcome.value as { ok: boolean }).ok) {
            passwordOwner.password = first(data, "newPassword") ?? passwordOwner.password;
          }
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/account/actions.ts#changeEmailAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          form: formArb({
            locale: LOCALE,
            email: field(EMAILS),
            password: field(fc.oneof(fc.constant(PASSWORD), PASSWORDS)),
          }),
        }),
        async ({ ip, auth, form }) => {
          await newRequest(ip, auth, learner);
          const data = await toFormData(form, {
            "⟦other.email⟧": async () => (await fresh(locked)).email,
            "⟦own.email⟧": async () => (await fresh(learner)).email,
          });
          const outcome = await checkAction(() => changeEmailAction(undefined, data), { refusalMayWrite: THROTTLE });
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/account/actions.ts#confirmEmailChangeAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          form: formArb({
            locale: LOCALE,
            token: field(fc.oneof(fc.constantFrom("⟦token⟧", "⟦takenToken⟧"), fc.stringMatching(/^[\w-]{20,100}$/))),
          }),
        }),
        async ({ ip, auth, form }) => {
          await newRequest(ip, auth, learner);
          const data = await toFormData(form, {
            // A valid link to a new, free address; and one to an address another account took meanwhile.
            "⟦token⟧": () =>
              issueEmailToken(learner.id, "change_email", new Date(), {
                newEmail: `new-${Math.random().toString(36).slice(2)}@example.org`,
              }),
            "⟦takenToken⟧": async () =>
              issueEmailToken(learner.id, "change_email", new Date(), { newEmail: (await fresh(locked)).email }),
          });
          const outcome = await checkAction(() => confirmEmailChangeAction(undefined, data));
          if (outcome.kind === "redirect") expect(outcome.url).toMatch(/^\/(fr|en)\/account\?emailChanged=1$/);
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/account/actions.ts#rememberUsernameAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({ ip: CLIENT_IP, auth: AUTH_STATE, form: formArb({ locale: LOCALE, remember: CHECKBOX }) }),
        async ({ ip, auth, form }) => {
          await newRequest(ip, auth, learner);
          const data = await toFormData(form);
          const outcome = await checkAction(() => rememberUsernameAction(undefined, data));
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },
};

describe("fuzz: profile actions (lib/account/actions.ts)", () => {
  fuzzEveryTarget("account", TARGETS);
});
