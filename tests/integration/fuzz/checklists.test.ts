// Property-based tests of the checklist action (lib/checklists/actions.ts) on hostile input: unknown or
// forged checklist ids, indices out of range, repeated or not numbers, extra fields. Whatever is sent, only
// the session's own learner's row changes, and only with indices of the checklist's items.
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import { db } from "@/db/client";
import { checklistTicks, type User } from "@/db/schema";
import { saveChecklistAction } from "@/lib/checklists/actions";
import { findChecklist } from "@/lib/checklists/catalogue";
import { createLearner } from "../../support/factories";
import {
  CLIENT_IP,
  LOCALE,
  checkAction,
  describeOutcome,
  field,
  formArb,
  fuzzEveryTarget,
  hostileString,
  newRequest,
  prepareFuzzing,
  recentOrAnyAuth,
  runProperty,
  toFormData,
  type FieldValue,
  type FuzzTarget,
} from "../../support/fuzz";

let learner: User;
let other: User;

beforeAll(async () => {
  await prepareFuzzing();
  learner = await createLearner({ track: "professional" });
  other = await createLearner();
});

const IDS = ["m3-u2-site", "m3-u3-event", "m2-u1-prepare"];
const INDEX = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 9 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("-1", "10", "29", "30", "1e3", "0x2", "1.5", " 3 ", "") },
  { weight: 1, arbitrary: hostileString },
);
const ITEMS: fc.Arbitrary<FieldValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: INDEX },
  { weight: 5, arbitrary: fc.array(INDEX, { minLength: 2, maxLength: 40 }) },
);

const TARGETS: Record<string, FuzzTarget> = {
  "lib/checklists/actions.ts#saveChecklistAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(6, 4),
          form: formArb({ locale: LOCALE, checklistId: field(fc.constantFrom(...IDS)), item: ITEMS }),
        }),
        async ({ ip, auth, form }) => {
          await newRequest(ip, auth, learner);
          const before = await db.select().from(checklistTicks).where(eq(checklistTicks.userId, other.id));
          const data = await toFormData(form);
          const outcome = await checkAction(() => saveChecklistAction(undefined, data));
          // The other learner's rows never move; the learner's hold only indices of the list's items.
          expect(await db.select().from(checklistTicks).where(eq(checklistTicks.userId, other.id))).toEqual(before);
          const id = typeof form.fields.checklistId === "string" ? form.fields.checklistId : null;
          const checklist = id ? findChecklist(id) : null;
          if (checklist) {
            const [row] = await db
              .select()
              .from(checklistTicks)
              .where(and(eq(checklistTicks.userId, learner.id), eq(checklistTicks.checklistId, checklist.id)));
            for (const i of row?.ticked ?? []) expect(i).toBeLessThan(checklist.items.fr.length);
          }
          return `${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },
};

describe("fuzz: checklist ticks (lib/checklists/actions.ts)", () => {
  fuzzEveryTarget("checklists", TARGETS);
});
