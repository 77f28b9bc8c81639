// Property-based tests of the account server actions (lib/auth/actions.ts) on hostile input: never an
// uncaught exception, a clear translatable refusal, and no write on refusal (throttle counters aside).
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { PROFESSIONAL_CATEGORIES } from "@/lib/account/tracks";
import { registerAccount } from "@/lib/auth/accounts";
import { issueEmailToken } from "@/lib/auth/tokens";
import {
  acceptPolicyAction,
  confirmEmailAction,
  forgotPasswordAction,
  reauthAction,
  registerAction,
  resetPasswordAction,
  oidcSignInAction,
  completeOidcRegistrationAction,
  signInAction,
  signOutAction,
  extendSessionAction,
  enrolSecondFactorAction,
  verifySecondFactorAction,
} from "@/lib/auth/actions";
import { getPendingEnrolment } from "@/lib/auth/second-factor";
import { currentTotp } from "@/lib/auth/totp";
import { TEST_TOTP_SECRET, makeStaff } from "../../support/staff";
import { PASSWORD, createLearner } from "../../support/factories";
import {
  AUTH_STATE,
  CHECKBOX,
  CLEAR_THROTTLE,
  CLIENT_IP,
  LOCALE,
  REFUSAL_REDIRECT,
  checkAction,
  clearThrottle,
  describeOutcome,
  field,
  formArb,
  fuzzEveryTarget,
  newRequest,
  prepareFuzzing,
  runProperty,
  toFormData,
  type FuzzTarget,
  type Outcome,
} from "../../support/fuzz";

const THROTTLE = ["rate_limit_buckets"] as const;

let learner: User;
let unconfirmed: User;
let resetUser: User;
let staff: User;
let pendingStaff: User;
let pendingSecret = "";

beforeAll(async () => {
  await prepareFuzzing();
  learner = await createLearner({ firstName: "Zoë", lastName: "Œlschläger-N'Diaye" });
  resetUser = await createLearner();
  await registerAccount({
    locale: "fr",
    firstName: "Paul",
    lastName: "Martin",
    username: "paul_unconfirmed",
    email: "paul.unconfirmed@example.org",
    password: PASSWORD,
    track: "public",
  });
  [unconfirmed] = (await db.select().from(users).where(eq(users.username, "paul_unconfirmed"))) as [User];
  staff = await makeStaff(await createLearner());
  pendingStaff = await makeStaff(await createLearner(), { enrolled: false });
  pendingSecret = (await getPendingEnrolment(pendingStaff))!.secret;
});

/** Codes: the right one now and then, wrong six digits, recovery-like strings, hostile text. */
const CODES = fc.oneof(
  { weight: 2, arbitrary: fc.constant("⟦totp⟧") },
  { weight: 3, arbitrary: fc.stringMatching(/^\d{6}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", " ", "12 34 56", "０１２３４５", "'; drop table users; --", "9".repeat(70)),
  },
);

/**
 * The second-factor actions: a visitor or a learner goes to sign in with a team account (learners are
 * never asked), staff get a clear refusal or, with the right code, their way on; only throttle counters are
 * written on a refusal.
 */
function secondFactorTarget(
  action: (prev: unknown, form: FormData) => Promise<unknown>,
  holder: () => { user: User; secret: string },
): FuzzTarget {
  return {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: fc.constantFrom("staff", "staff", "learner"),
          clear: CLEAR_THROTTLE,
          form: formArb({ locale: LOCALE, code: field(CODES), next: field(NEXT_PATHS) }),
        }),
        async ({ ip, auth, who, clear, form }) => {
          await clearThrottle(clear);
          const { user, secret } = holder();
          const session = await newRequest(ip, auth, who === "staff" ? user : learner);
          const data = await toFormData(form, { "⟦totp⟧": () => currentTotp(secret, new Date()) });
          const outcome = await checkAction(() => action(undefined, data), { refusalMayWrite: THROTTLE });
          if (!session) expect(isRedirectTo(outcome, REFUSAL_REDIRECT)).toBe(true);
          else if (who === "learner")
            expect(isRedirectTo(outcome, /^\/(fr|en)\/sign-in\?next=[^&]*&reason=staff$/)).toBe(true);
          else if (outcome.kind === "redirect") expect(outcome.url).toMatch(/^\/(fr|en)(\/|$)/);
          return `${session ? who : auth}: ${describeOutcome(outcome)}`;
        },
      ),
  };
}

const NAMES = fc.constantFrom("Camille", "Zoë", "Œlschläger-N'Diaye", "Jean-Luc", "O’Brien", "Ana María", "Ngọc", "Dž");
const USERNAMES = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9._-]{2,15}$/), fc.constant("paul_unconfirmed"));
const EMAILS = fc.oneof(
  fc.stringMatching(/^[a-z]{3,10}\.[a-z]{2,8}@example\.(org|fr)$/),
  fc.constantFrom("paul.unconfirmed@example.org", "UPPER@EXAMPLE.ORG"),
);
const GOOD_PASSWORDS = fc.constantFrom(PASSWORD, "une autre phrase de passe très longue", "𝔘𝔫 𝔪𝔬𝔱 𝔡𝔢 𝔭𝔞𝔰𝔰𝔢 🦊🦊🦊🦊");
const PASSWORDS = fc.oneof(
  GOOD_PASSWORDS,
  fc.constantFrom("short", "azertyuiop123", "password1234", "vigievigievigie", "motdepasse"),
);
const NEXT_PATHS = fc.constantFrom(
  "/fr/dashboard",
  "/en/learn/x?y=1",
  "//evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "/fr/../../etc",
  "/de/x",
  "\\\\evil.example",
);

const isRedirectTo = (outcome: Outcome, pattern: RegExp) => outcome.kind === "redirect" && pattern.test(outcome.url);

const TARGETS: Record<string, FuzzTarget> = {
  "lib/auth/actions.ts#enrolSecondFactorAction": secondFactorTarget(enrolSecondFactorAction, () => ({
    user: pendingStaff,
    secret: pendingSecret,
  })),
  "lib/auth/actions.ts#verifySecondFactorAction": secondFactorTarget(verifySecondFactorAction, () => ({
    user: staff,
    secret: TEST_TOTP_SECRET,
  })),
  "lib/auth/actions.ts#registerAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          form: formArb({
            locale: LOCALE,
            firstName: field(NAMES, 10),
            lastName: field(NAMES, 10),
            username: field(USERNAMES, 10),
            email: field(EMAILS, 10),
            password: field(PASSWORDS, 10),
            track: field(fc.constantFrom("public", "professional"), 10),
            professionalCategory: field(fc.constantFrom(...PROFESSIONAL_CATEGORIES)),
            ageConfirmed: CHECKBOX,
            acceptPolicy: CHECKBOX,
          }),
        }),
        async ({ ip, form }) => {
          await newRequest(ip, "out", null);
          const data = await toFormData(form);
          const outcome = await checkAction(() => registerAction(undefined, data), { refusalMayWrite: THROTTLE });
          if (outcome.kind === "redirect") expect(outcome.url).toMatch(/^\/(fr|en)\/sign-up\/check-email$/);
          return describeOutcome(outcome);
        },
      ),
  },

  "lib/auth/actions.ts#signInAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          clear: CLEAR_THROTTLE,
          form: formArb({
            locale: LOCALE,
            identifier: field(
              fc.constantFrom(
                "⟦learner.username⟧",
                "⟦learner.email⟧",
                "paul_unconfirmed",
                "nobody",
                "NOBODY@EXAMPLE.ORG",
              ),
            ),
            password: field(PASSWORDS),
            rememberUsername: CHECKBOX,
            next: field(NEXT_PATHS),
          }),
        }),
        async ({ ip, clear, form }) => {
          await clearThrottle(clear);
          await newRequest(ip, "out", null);
          const data = await toFormData(form, {
            "⟦learner.username⟧": () => learner.username,
            "⟦learner.email⟧": () => learner.email,
          });
          const outcome = await checkAction(() => signInAction(undefined, data), { refusalMayWrite: THROTTLE });
          if (outcome.kind === "redirect") expect(outcome.url).toMatch(/^http:\/\/localhost:3000\/(fr|en)(\/|$)/);
          return describeOutcome(outcome);
        },
      ),
  },

  // No OIDC provider is configured in the tests' environment: every form is refused, writing nothing.
  "lib/auth/actions.ts#oidcSignInAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          form: formArb({
            locale: LOCALE,
            provider: field(fc.constantFrom("franceconnect", "proconnect", "google")),
            next: field(NEXT_PATHS),
          }),
        }),
        async ({ ip, form }) => {
          await newRequest(ip, "out", null);
          const data = await toFormData(form);
          const outcome = await checkAction(() => oidcSignInAction(undefined, data), { refused: () => true });
          expect(outcome.kind).toBe("result");
          return describeOutcome(outcome);
        },
      ),
  },

  // Without the pending-identity cookie (set only by a verified OIDC callback) nothing is ever created.
  "lib/auth/actions.ts#completeOidcRegistrationAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          form: formArb({
            locale: LOCALE,
            track: field(fc.constantFrom("public", "professional"), 10),
            professionalCategory: field(fc.constantFrom(...PROFESSIONAL_CATEGORIES)),
            acceptPolicy: CHECKBOX,
          }),
        }),
        async ({ ip, form }) => {
          await newRequest(ip, "out", null);
          const data = await toFormData(form);
          const outcome = await checkAction(() => completeOidcRegistrationAction(undefined, data), {
            refused: () => true,
          });
          expect(outcome.kind).toBe("result");
          return describeOutcome(outcome);
        },
      ),
  },

  "lib/auth/actions.ts#signOutAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({ ip: CLIENT_IP, auth: AUTH_STATE, form: formArb({ locale: LOCALE }) }),
        async ({ ip, auth, form }) => {
          const session = await newRequest(ip, auth, learner);
          const data = await toFormData(form);
          // Without a real session there is nothing to end: no write at all.
          const outcome = await checkAction(() => signOutAction(data), { refused: () => session === null });
          expect(outcome.kind).toBe("redirect");
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/auth/actions.ts#extendSessionAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({ ip: CLIENT_IP, auth: AUTH_STATE, form: formArb({ locale: LOCALE }) }),
        async ({ ip, auth, form }) => {
          const session = await newRequest(ip, auth, learner);
          const data = await toFormData(form);
          const outcome = await checkAction(() => extendSessionAction(undefined, data), {
            refused: () => session === null,
          });
          // Only a live session is extended; anything else is sent to sign in.
          if (session === null) expect(outcome.kind).toBe("redirect");
          else expect(outcome).toMatchObject({ kind: "result", value: { ok: true } });
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/auth/actions.ts#forgotPasswordAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          form: formArb({ locale: LOCALE, email: field(fc.oneof(EMAILS, fc.constant("⟦resetUser.email⟧"))) }),
        }),
        async ({ ip, form }) => {
          await newRequest(ip, "out", null);
          const data = await toFormData(form, { "⟦resetUser.email⟧": () => resetUser.email });
          const outcome = await checkAction(() => forgotPasswordAction(undefined, data), { refusalMayWrite: THROTTLE });
          if (outcome.kind === "redirect") expect(outcome.url).toMatch(/^\/(fr|en)\/forgot-password\/sent$/);
          return describeOutcome(outcome);
        },
      ),
  },

  "lib/auth/actions.ts#resetPasswordAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          form: formArb({
            locale: LOCALE,
            token: field(fc.oneof(fc.constant("⟦resetToken⟧"), fc.stringMatching(/^[\w-]{20,100}$/))),
            password: field(PASSWORDS),
          }),
        }),
        async ({ form }) => {
          await newRequest("198.51.100.1", "out", null);
          // A fresh, valid single-use link each time the placeholder is drawn.
          const data = await toFormData(form, {
            "⟦resetToken⟧": () => issueEmailToken(resetUser.id, "reset_password", new Date()),
          });
          const outcome = await checkAction(() => resetPasswordAction(undefined, data));
          if (outcome.kind === "redirect") expect(outcome.url).toMatch(/^\/(fr|en)\/sign-in\?reset=1$/);
          return describeOutcome(outcome);
        },
      ),
  },

  "lib/auth/actions.ts#reauthAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          clear: CLEAR_THROTTLE,
          form: formArb({ locale: LOCALE, password: field(PASSWORDS), next: field(NEXT_PATHS) }),
        }),
        async ({ ip, auth, clear, form }) => {
          await clearThrottle(clear);
          await newRequest(ip, auth, learner);
          const data = await toFormData(form);
          const outcome = await checkAction(() => reauthAction(undefined, data), { refusalMayWrite: THROTTLE });
          if (outcome.kind === "redirect" && !REFUSAL_REDIRECT.test(outcome.url))
            expect(outcome.url).toMatch(/^\/(fr|en)(\/|$)/);
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/auth/actions.ts#acceptPolicyAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          form: formArb({ locale: LOCALE, next: field(NEXT_PATHS), accept: CHECKBOX }),
        }),
        async ({ ip, auth, form }) => {
          await newRequest(ip, auth, learner);
          const data = await toFormData(form);
          const outcome = await checkAction(() => acceptPolicyAction(data));
          // Signed in, the box must be ticked (else the form says so); not signed in, off to sign in.
          const signedIn = auth === "recent" || auth === "stale";
          const accepts = data.getAll("accept").filter((v) => typeof v === "string"); // files are ignored
          const ticked = accepts.length === 1 && accepts[0] === "on";
          if (signedIn && !ticked) expect(outcome).toMatchObject({ kind: "result", value: { ok: false } });
          else expect(outcome.kind).toBe("redirect");
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "lib/auth/actions.ts#confirmEmailAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          form: formArb({
            locale: LOCALE,
            token: field(fc.oneof(fc.constant("⟦confirmToken⟧"), fc.stringMatching(/^[\w-]{20,100}$/))),
          }),
        }),
        async ({ form }) => {
          await newRequest("198.51.100.1", "out", null);
          const data = await toFormData(form, {
            "⟦confirmToken⟧": () => issueEmailToken(unconfirmed.id, "confirm_email", new Date()),
          });
          const outcome = await checkAction(() => confirmEmailAction(undefined, data));
          if (outcome.kind === "redirect")
            expect(isRedirectTo(outcome, /^\/(fr|en)\/sign-in\?confirmed=1$/)).toBe(true);
          return describeOutcome(outcome);
        },
      ),
  },
};

describe("fuzz: account actions (lib/auth/actions.ts)", () => {
  fuzzEveryTarget("auth", TARGETS);
});
