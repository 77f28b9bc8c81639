// Property-based tests of certificate issuance (lib/certificates/actions.ts) on hostile input: the
// retyped name, the irreversibility checkbox, the session, for eligible and ineligible learners.
import fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import type { User } from "@/db/schema";
import { issueCertificateAction } from "@/lib/certificates/actions";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { createLearner, validateTrack } from "../../support/factories";
import {
  CHECKBOX,
  CLIENT_IP,
  LOCALE,
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

const learners: Record<"eligible" | "ineligible" | "certified", User> = {} as never;

beforeAll(async () => {
  await prepareFuzzing();
  learners.eligible = await createLearner({ firstName: "Zoë", lastName: "Œlschläger-N'Diaye" });
  await validateTrack(learners.eligible);
  learners.ineligible = await createLearner({ firstName: "Jean-Luc", lastName: "O’Brien" });
  learners.certified = await createLearner({ firstName: "Ana María", lastName: "Ngọc" });
  await validateTrack(learners.certified);
  const issued = await issueCertificate(learners.certified.id, printedName(learners.certified));
  if (!issued.ok) throw new Error("seed certificate not issued");
}, 120_000);

const TYPED_NAME = fc.constantFrom(
  "⟦printed⟧",
  "⟦printed⟧",
  "⟦printed.lower⟧",
  "⟦printed.nfd⟧",
  "  ⟦printed⟧  ",
  "⟦printed.double-space⟧",
  "Camille Durand",
);

const TARGETS: Record<string, FuzzTarget> = {
  "lib/certificates/actions.ts#issueCertificateAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(5, 5),
          who: fc.constantFrom("eligible", "ineligible", "certified"),
          form: formArb({ locale: LOCALE, understood: CHECKBOX, typedName: field(TYPED_NAME, 8) }),
        }),
        async ({ ip, auth, who, form }) => {
          const user = learners[who];
          await newRequest(ip, auth, user);
          const printed = printedName(user);
          const data = await toFormData(form, {
            "⟦printed⟧": () => printed,
            "⟦printed.lower⟧": () => printed.toLowerCase(),
            "⟦printed.nfd⟧": () => printed.normalize("NFD"),
            "⟦printed.double-space⟧": () => printed.replace(" ", "  "),
          });
          const outcome = await checkAction(() => issueCertificateAction(undefined, data));
          if (outcome.kind === "redirect" && !/\/(sign-in|reauth|accept-policy)(\?|$)/.test(outcome.url)) {
            expect(outcome.url).toMatch(/^\/(fr|en)\/certificate\?issued=1$/);
            expect(who).not.toBe("ineligible");
          }
          return `${auth === "recent" ? "recent" : auth} ${who}: ${describeOutcome(outcome)}`;
        },
      ),
  },
};

describe("fuzz: certificate issuance (lib/certificates/actions.ts)", () => {
  fuzzEveryTarget("certificates", TARGETS);
});
