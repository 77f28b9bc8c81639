// Property-based tests of the organisation actions (lib/organisations/actions.ts) and the team report route
// on hostile input, from four people: the organisation's manager, one of its members, someone outside it,
// and the manager of another organisation. Whatever is posted, only a manager of this organisation changes it.
import { and, eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import * as reportRoute from "@/app/api/organisations/[organisationId]/report/route";
import { db } from "@/db/client";
import { organisationInvitations, organisationMembers, organisations, rateLimitBuckets, type User } from "@/db/schema";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import {
  answerInvitationAction,
  createInvitationLinkAction,
  createOrganisationAction,
  deleteOrganisationAction,
  inviteByCsvAction,
  leaveOrganisationAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOrganisationAction,
} from "@/lib/organisations/actions";
import { csvThrottleKey } from "@/lib/organisations/rules";
import { createLearner } from "../../support/factories";
import {
  CHECKBOX,
  CLIENT_IP,
  ID_LIKE,
  LOCALE,
  REQUEST_SHAPE,
  buildRequest,
  checkAction,
  checkRoute,
  describeOutcome,
  field,
  formArb,
  fuzzEveryTarget,
  hostileString,
  newRequest,
  people,
  prepareFuzzing,
  recentOrAnyAuth,
  METHOD_REFUSAL_RUNS,
  runProperty,
  statusLabel as label,
  toFormData,
  type FuzzTarget,
} from "../../support/fuzz";
import { ORIGIN } from "../../support/next-request-mock";

const ORG = "7f1c2a40-1111-4c3b-9d4e-000000000001";
const OTHER_ORG = "7f1c2a40-2222-4c3b-9d4e-000000000002";
const WHO = ["manager", "member", "outsider", "otherManager"] as const;
type Who = (typeof WHO)[number];
const cast: Record<Who, User> = {} as never;
const WHO_ARB = fc.constantFrom(...WHO);
const THROTTLE = ["rate_limit_buckets"] as const;
let linkToken = "";
let invitationId = "";

/** Puts the two organisations back as they were (a run may have removed, handed over or deleted). */
async function resetTeams(): Promise<void> {
  await db.delete(organisations).where(eq(organisations.id, ORG));
  await db.delete(organisations).where(eq(organisations.id, OTHER_ORG));
  await db
    .delete(rateLimitBuckets)
    .where(inArray(rateLimitBuckets.key, [csvThrottleKey(ORG), csvThrottleKey(OTHER_ORG)]));
  await db.insert(organisations).values([
    { id: ORG, name: "Festival des Lumières", kind: "event" },
    { id: OTHER_ORG, name: "Mairie d'Ys", kind: "commune" },
  ]);
  const now = new Date();
  await db.insert(organisationMembers).values([
    { organisationId: ORG, userId: cast.manager.id, role: "manager", consentedAt: now },
    { organisationId: ORG, userId: cast.member.id, role: "member", consentedAt: now },
    { organisationId: OTHER_ORG, userId: cast.otherManager.id, role: "manager", consentedAt: now },
  ]);
  linkToken = generateToken();
  const [inv] = await db
    .insert(organisationInvitations)
    .values({ organisationId: ORG, tokenHash: hashToken(linkToken), expiresAt: new Date(Date.now() + 86_400_000) })
    .returning();
  invitationId = inv!.id;
}

beforeAll(async () => {
  await prepareFuzzing();
  cast.manager = people.owner = await createLearner({ track: "professional", firstName: "Odile", lastName: "Org" });
  cast.member = await createLearner({ firstName: "Zoë", lastName: "Œlschläger" });
  cast.outsider = people.other = await createLearner({ firstName: "Jean-Luc", lastName: "O’Brien" });
  cast.otherManager = await createLearner({ track: "professional" });
  await resetTeams();
}, 120_000);

const ORG_ID = field(
  fc.oneof(
    { weight: 5, arbitrary: fc.constant("⟦org⟧") },
    { weight: 1, arbitrary: fc.constant("⟦other⟧") },
    { weight: 2, arbitrary: ID_LIKE },
  ),
  6,
);
const MEMBER_ID = field(fc.constantFrom("⟦member⟧", "⟦manager⟧", "⟦outsider⟧"), 6);
const resolvers = {
  "⟦org⟧": () => ORG,
  "⟦other⟧": () => OTHER_ORG,
  "⟦member⟧": () => cast.member.id,
  "⟦manager⟧": () => cast.manager.id,
  "⟦outsider⟧": () => cast.outsider.id,
  "⟦invitation⟧": () => invitationId,
  "⟦token⟧": () => linkToken,
};

/** Whether `user` manages the organisation this id names (false for any other value). */
async function manages(user: User, organisationId: unknown): Promise<boolean> {
  if (organisationId !== ORG && organisationId !== OTHER_ORG) return false;
  const [m] = await db
    .select()
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, user.id)));
  return m?.role === "manager";
}

/** A manager action: run it as anyone; success only for a manager of the organisation named in the form. */
function managerAction(
  action: (prev: unknown, form: FormData) => Promise<unknown>,
  fields: Record<string, fc.Arbitrary<unknown>>,
): FuzzTarget {
  return {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(6, 4),
          who: WHO_ARB,
          form: formArb({ locale: LOCALE, ...fields } as never),
        }),
        async ({ ip, auth, who, form }) => {
          await resetTeams();
          const user = cast[who];
          await newRequest(ip, auth, user);
          const data = await toFormData(form, resolvers);
          // As parseForm reads it: files dropped, one string left (several make an array, refused).
          const ids = data.getAll("organisationId").filter((v) => typeof v === "string");
          const wasManager = ids.length === 1 && (await manages(user, ids[0]));
          const outcome = await checkAction(() => action(undefined, data), { refusalMayWrite: THROTTLE });
          const succeeded =
            (outcome.kind === "result" && (outcome.value as { ok?: boolean } | undefined)?.ok === true) ||
            (outcome.kind === "redirect" && /\/organisations(\?|$)/.test(outcome.url));
          if (succeeded) expect(wasManager).toBe(true);
          return `${who} ${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  };
}

const TARGETS: Record<string, FuzzTarget> = {
  "lib/organisations/actions.ts#createOrganisationAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(6, 4),
          who: WHO_ARB,
          form: formArb({
            locale: LOCALE,
            name: field(fc.constantFrom("Festival d'été", "Stade", "  Mairie  ", "x")),
            kind: field(fc.constantFrom("event", "erp", "commune", "other")),
          }),
        }),
        async ({ ip, auth, who, form }) => {
          await newRequest(ip, auth, cast[who]);
          const outcome = await checkAction(async () => createOrganisationAction(undefined, await toFormData(form)));
          if (outcome.kind === "redirect" && /\/organisations\/[0-9a-f-]{36}\?created=1$/.test(outcome.url))
            expect(cast[who].track).toBe("professional");
          return `${who} ${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },
  "lib/organisations/actions.ts#createInvitationLinkAction": managerAction(createInvitationLinkAction, {
    organisationId: ORG_ID,
  }),
  "lib/organisations/actions.ts#revokeInvitationAction": managerAction(revokeInvitationAction, {
    organisationId: ORG_ID,
    invitationId: field(fc.oneof(fc.constant("⟦invitation⟧"), ID_LIKE)),
  }),
  "lib/organisations/actions.ts#inviteByCsvAction": managerAction(inviteByCsvAction, {
    organisationId: ORG_ID,
    csv: field(
      fc.oneof(
        fc.constant("email\nanne@example.org\nnot-an-email\nanne@example.org"),
        fc.constant('"a@example.org;b@example.org'),
        fc.array(fc.emailAddress(), { maxLength: 5 }).map((a) => a.join("\n")),
        hostileString,
      ),
    ),
  }),
  "lib/organisations/actions.ts#removeMemberAction": managerAction(removeMemberAction, {
    organisationId: ORG_ID,
    memberId: MEMBER_ID,
  }),
  "lib/organisations/actions.ts#transferOrganisationAction": managerAction(transferOrganisationAction, {
    organisationId: ORG_ID,
    memberId: MEMBER_ID,
    confirmTransfer: CHECKBOX,
  }),
  "lib/organisations/actions.ts#deleteOrganisationAction": managerAction(deleteOrganisationAction, {
    organisationId: ORG_ID,
    confirmDelete: CHECKBOX,
  }),
  "lib/organisations/actions.ts#leaveOrganisationAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(6, 4),
          who: WHO_ARB,
          form: formArb({ locale: LOCALE, organisationId: ORG_ID }),
        }),
        async ({ ip, auth, who, form }) => {
          await resetTeams();
          await newRequest(ip, auth, cast[who]);
          const outcome = await checkAction(async () =>
            leaveOrganisationAction(undefined, await toFormData(form, resolvers)),
          );
          // Only a plain member leaves; a manager must hand over first; outsiders have nothing to leave.
          if (outcome.kind === "redirect" && outcome.url.endsWith("?left=1")) expect(who).toBe("member");
          return `${who} ${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },
  "lib/organisations/actions.ts#answerInvitationAction": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          ip: CLIENT_IP,
          auth: recentOrAnyAuth(6, 4),
          who: WHO_ARB,
          form: formArb({
            locale: LOCALE,
            token: field(fc.oneof(fc.constant("⟦token⟧"), ID_LIKE)),
            answer: field(fc.constantFrom("join", "decline")),
            consent: CHECKBOX,
          }),
        }),
        async ({ ip, auth, who, form }) => {
          await resetTeams();
          await newRequest(ip, auth, cast[who]);
          const data = await toFormData(form, resolvers);
          const outcome = await checkAction(async () => answerInvitationAction(undefined, data));
          if (outcome.kind === "redirect" && outcome.url.endsWith("?joined=1")) {
            expect(["outsider", "otherManager"]).toContain(who);
            // The box was ticked, as parseForm reads it (files dropped).
            expect(data.getAll("consent").filter((v) => typeof v === "string")).toEqual(["on"]);
          }
          return `${who} ${auth}: ${describeOutcome(outcome)}`;
        },
      ),
  },
  "app/api/organisations/[organisationId]/report/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          id: fc.oneof(
            { weight: 4, arbitrary: fc.constant(ORG) },
            { weight: 2, arbitrary: hostileString },
            { weight: 1, arbitrary: ID_LIKE },
          ),
          format: fc.constantFrom("csv", "pdf", "", "xml", "CSV"),
          track: fc.constantFrom("", "public", "professional", "<x>"),
        }),
        async ({ shape, id, format, track }) => {
          const param = id.toWellFormed().slice(0, 4096);
          const query = new URLSearchParams({ format, track }).toString();
          const req = await buildRequest(
            shape,
            `${ORIGIN}/api/organisations/${encodeURIComponent(param)}/report?${query}`,
          );
          const res = await checkRoute(() =>
            reportRoute.GET(req, { params: Promise.resolve({ organisationId: param }) }),
          );
          const manager = shape.who === "owner" && (shape.auth === "recent" || shape.auth === "stale");
          if (res.status === 200) {
            expect(manager).toBe(true);
            expect(param).toBe(ORG);
          } else expect(res.status).toBe(404);
          return `${manager ? "manager" : "not manager"}: ${label(res)}`;
        },
      ),
  },
};

for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
  TARGETS[`app/api/organisations/[organisationId]/report/route.ts#${method}`] = {
    run: (name) =>
      runProperty(
        name,
        fc.record({ shape: REQUEST_SHAPE, body: hostileString }),
        async ({ shape, body }) => {
          const req = await buildRequest(shape, `${ORIGIN}/api/organisations/${ORG}/report`, { method, body });
          const res = await checkRoute(async () => reportRoute[method](req));
          expect(res.status).toBe(405);
          return label(res);
        },
        METHOD_REFUSAL_RUNS,
      ),
  };
}

describe("fuzz: organisations (lib/organisations/actions.ts, app/api/organisations)", () => {
  fuzzEveryTarget("organisations", TARGETS);
});
