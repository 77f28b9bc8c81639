// Property-based tests of linking identities (lib/auth/identity-actions.ts) and of the provider's
// post-logout return (app/api/auth/oidc-logout-callback) on hostile input: never an uncaught exception,
// a clear translatable refusal, and no write on refusal (throttle counters aside).
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect } from "vitest";
import * as logoutRoute from "@/app/api/auth/oidc-logout-callback/route";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { linkExistingAccountAction, linkProviderAction, unlinkProviderAction } from "@/lib/auth/identity-actions";
import { linkIdentity } from "@/lib/auth/oidc/identities";
import { identityFromClaims } from "@/lib/auth/oidc/identity";
import { OIDC_LOGOUT_COOKIE } from "@/lib/auth/oidc/logout";
import { PENDING_IDENTITY_COOKIE, sealPendingIdentity } from "@/lib/auth/oidc/pending";
import { env } from "@/lib/env.mjs";
import { PASSWORD, createLearner } from "../../support/factories";
import {
  AUTH_STATE,
  CLEAR_THROTTLE,
  CLIENT_IP,
  LOCALE,
  QUERY,
  checkAction,
  checkRoute,
  clearThrottle,
  describeOutcome,
  field,
  formArb,
  fuzzEveryTarget,
  hostileString,
  newRequest,
  prepareFuzzing,
  runProperty,
  statusLabel,
  toFormData,
  urlPart,
  type FuzzTarget,
} from "../../support/fuzz";
import { ORIGIN, setCookie } from "../../support/next-request-mock";
import { TEST_OIDC_USERS } from "../../support/oidc/users";

const THROTTLE = ["rate_limit_buckets"] as const;
const PROVIDERS = field(fc.constantFrom("franceconnect", "proconnect", "google"));

let learner: User;
let identityOnly: User;
beforeAll(async () => {
  await prepareFuzzing();
  learner = await createLearner({ firstName: "Zoë", lastName: "Œlschläger-N'Diaye" });
  identityOnly = await createLearner();
  await db.update(users).set({ passwordChosen: false }).where(eq(users.id, identityOnly.id));
  await linkIdentity(identityOnly.id, "franceconnect", "fuzz-identity-only");
});

const TARGETS: Record<string, FuzzTarget> = {
  // Without the pending cookie nothing is linked; with one (for the learner's email), only the right
  // password links, once.
  "lib/auth/identity-actions.ts#linkExistingAccountAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          clear: CLEAR_THROTTLE,
          pending: fc.constantFrom("none", "learner", "identityOnly", "forged"),
          subject: fc.integer({ min: 1, max: 3 }),
          form: formArb({
            locale: LOCALE,
            password: field(fc.constantFrom(PASSWORD, "not the password", ""), 8),
          }),
        }),
        async ({ ip, clear, pending, subject, form }) => {
          await clearThrottle(clear);
          await newRequest(ip, "out", null);
          if (pending !== "none") {
            const email = pending === "identityOnly" ? identityOnly.email : learner.email;
            const identity = identityFromClaims("franceconnect", {
              ...TEST_OIDC_USERS.adult,
              sub: `fuzz-link-${subject}`,
              email,
            })!;
            const sealed = sealPendingIdentity(identity, env.AUTH_SECRET, new Date());
            setCookie(PENDING_IDENTITY_COOKIE, pending === "forged" ? `${sealed}x` : sealed);
          }
          const data = await toFormData(form);
          const outcome = await checkAction(() => linkExistingAccountAction(undefined, data), {
            refusalMayWrite: THROTTLE,
          });
          if (outcome.kind === "redirect") {
            expect(pending).toBe("learner");
            expect(outcome.url).toMatch(/^http:\/\/localhost:3000\/(fr|en)\/dashboard$/);
          }
          return `${pending}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  // No provider is configured in the tests' environment: a signed-in learner is refused in the form.
  "lib/auth/identity-actions.ts#linkProviderAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({ ip: CLIENT_IP, auth: AUTH_STATE, form: formArb({ locale: LOCALE, provider: PROVIDERS }) }),
        async ({ ip, auth, form }) => {
          await newRequest(ip, auth, learner);
          const data = await toFormData(form);
          const outcome = await checkAction(() => linkProviderAction(undefined, data), { refusalMayWrite: THROTTLE });
          expect(outcome.kind === "result" && (outcome.value as { ok: boolean }).ok).toBe(false);
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  // The account opened through FranceConnect, without a password: its only identity is never unlinked
  // (the learner's, linked by the runs above, may be: a password was chosen).
  "lib/auth/identity-actions.ts#unlinkProviderAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: AUTH_STATE,
          who: fc.constantFrom("learner", "identityOnly"),
          form: formArb({ locale: LOCALE, provider: PROVIDERS }),
        }),
        async ({ ip, auth, who, form }) => {
          await newRequest(ip, auth, who === "learner" ? learner : identityOnly);
          const data = await toFormData(form);
          const outcome = await checkAction(() => unlinkProviderAction(undefined, data));
          if (who === "identityOnly")
            expect(outcome.kind === "redirect" && outcome.url.includes("link=unlinked")).toBe(false);
          return `${auth} ${who}: ${describeOutcome(outcome)}`;
        },
      ),
  },

  "app/api/auth/oidc-logout-callback/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          query: fc.oneof(QUERY, fc.constant("?state=the-state")),
          cookie: fc.option(fc.oneof(fc.constantFrom("the-state.fr", "the-state.en", "x.de"), hostileString), {
            nil: undefined,
          }),
        }),
        async ({ query, cookie }) => {
          const headers = new Headers({ host: "localhost:3000" });
          if (cookie !== undefined) headers.set("cookie", `${OIDC_LOGOUT_COOKIE}=${urlPart(cookie)}`);
          const res = await checkRoute(() =>
            logoutRoute.GET(new NextRequest(`${ORIGIN}/api/auth/oidc-logout-callback${query}`, { headers })),
          );
          expect(res.status).toBe(303);
          expect(res.headers.get("location")).toMatch(/^http:\/\/localhost:3000\/(fr|en)$/);
          return statusLabel(res);
        },
      ),
  },
};

describe("identity linking actions and the logout return under hostile input", () => {
  fuzzEveryTarget("identities", TARGETS);
});
