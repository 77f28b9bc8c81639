// The documented shape of "Télécharger mes données" (GET /api/account/export, lib/privacy/export-data.ts),
// as the learner receives it: JSON, every date an ISO 8601 UTC string. Objects are strict, so a column
// added to a personal table fails tests/integration/privacy.test.ts until it is described here.
// lib/privacy/export.schema.json is this schema as a JSON Schema (draft 2020-12), kept equal by the same test.
import { z } from "zod";
import { OIDC_PROVIDER_IDS } from "@/lib/auth/oidc/settings";
import { PROFESSIONAL_CATEGORIES, TRACKS } from "@/lib/account/tracks";
import { LOCALES } from "@/lib/i18n/locales";
import {
  DATA_REQUEST_CHANNELS,
  DATA_REQUEST_FULFILLERS,
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATUSES,
  DATA_REQUEST_STEPS,
  IDENTITY_METHODS,
} from "./request-vocabulary";
import { MEMBER_ROLES, ORGANISATION_KINDS } from "@/lib/organisations/rules";

export const EXPORT_FORMAT = "vigie-personal-data/1";
/** Put in place of a secret: the password hash, a session id, an emailed link's token hash, a staff authenticator's secret. */
export const WITHHELD = "withheld for security (a one-way hash)";
/** Put in place of the ID token FranceConnect or ProConnect issued for a session (it signs the person out there). */
export const PROVIDER_TOKEN_WITHHELD = "withheld for security (the provider's sign-in token)";
/** Put in place of an email's body, which is kept only until the email is delivered. */
export const BODY_KEPT_UNTIL_DELIVERY = "(message body kept until delivery)";

const id = z.uuid();
const at = z.iso.datetime().describe("ISO 8601 date and time, UTC");
const withheld = z.literal(WITHHELD);

const profile = z
  .strictObject({
    id: id.describe("account id"),
    firstName: z.string(),
    lastName: z.string(),
    username: z.string(),
    email: z.string().describe("as typed at registration or at the last email change"),
    passwordHash: withheld,
    passwordChosen: z
      .boolean()
      .describe("false for an account opened with FranceConnect or ProConnect until a password is chosen"),
    track: z.enum(TRACKS).describe("public: modules 1 and 2; professional: modules 1 to 3"),
    professionalCategory: z.enum(PROFESSIONAL_CATEGORIES).nullable(),
    role: z.enum(["learner", "staff"]),
    locale: z.enum(LOCALES).describe("language of the emails and certificates"),
    ageConfirmedAt: at.describe("when the learner confirmed being 15 or older"),
    emailVerifiedAt: at.nullable(),
    nameLockedAt: at.nullable().describe("set when the first certificate was issued: the names can no longer change"),
    namesVerifiedBy: z
      .enum(OIDC_PROVIDER_IDS)
      .nullable()
      .describe("the provider whose verified identity gave the first and last names (read-only); null when typed"),
    rememberUsername: z.boolean(),
    createdAt: at,
    lastActivityAt: at.describe("the retention year runs from here (or from the last certificate)"),
    retentionWarningSentAt: at.nullable(),
  })
  .describe("the account (users)");

const session = z
  .strictObject({
    id: withheld,
    userId: id,
    authenticatedAt: at.describe("last time the password was typed in this session"),
    secondFactorAt: at.nullable().describe("staff only: when the authenticator code was confirmed in this session"),
    expiresAt: at,
    createdAt: at,
    oidcProvider: z.enum(OIDC_PROVIDER_IDS).nullable().describe("the provider this session was opened with, if any"),
    oidcIdToken: z
      .literal(PROVIDER_TOKEN_WITHHELD)
      .nullable()
      .describe("the provider's ID token, kept with the session only to sign out at the provider too"),
  })
  .describe("a sign-in session (user_sessions); neither device, browser nor IP address is recorded");

const identity = z
  .strictObject({
    userId: id,
    provider: z.enum(OIDC_PROVIDER_IDS),
    subject: z.string().describe("the provider's identifier for this person, the only thing kept from it here"),
    linkedAt: at,
  })
  .describe("an identity verified by FranceConnect or ProConnect that signs in to this account (user_identities)");

const emailToken = z
  .strictObject({
    id,
    userId: id,
    purpose: z.enum(["confirm_email", "reset_password", "change_email"]),
    tokenHash: withheld,
    newEmail: z.string().nullable(),
    expiresAt: at,
    usedAt: at.nullable(),
    createdAt: at,
  })
  .describe("a single-use link sent by email (email_tokens)");

const policyAcceptance = z
  .strictObject({
    userId: id,
    policyVersionId: z.int(),
    acceptedAt: at,
    kind: z.enum(["site", "privacy", "cookies"]),
    version: z.string(),
  })
  .describe("a consent: which version of which policy, accepted when (policy_acceptances)");

const quizAttempt = z
  .strictObject({
    id,
    userId: id,
    unitId: z.string().describe("e.g. m1-u1: module 1, unit 1"),
    submissionId: z.string(),
    payloadHash: z.string(),
    questionOrder: z
      .array(z.strictObject({ questionId: z.string(), choiceIds: z.array(z.string()) }))
      .describe("the questions asked, with their choices in the order shown"),
    answers: z.record(z.string(), z.array(z.string())).describe("question id → ids of the choices ticked"),
    correctCount: z.int(),
    questionCount: z.int(),
    scorePercent: z.int().min(0).max(100),
    passed: z.boolean().describe("true at 80 % or more"),
    contentVersion: z.string().describe("hash of the unit's content when the quiz was taken"),
    startedAt: at,
    submittedAt: at,
  })
  .describe("a quiz submission (quiz_attempts)");

const unitProgress = z
  .strictObject({
    userId: id,
    unitId: z.string(),
    firstViewedAt: at.nullable().describe("first real visit of the lesson: the study time counts from here"),
    attemptCount: z.int(),
    bestScorePercent: z.int().min(0).max(100).nullable(),
    validatedAt: at.nullable(),
    validatedContentVersion: z.string().nullable(),
    updatedAt: at,
  })
  .describe("a learner's state for one unit (unit_progress)");

const unitPosition = z
  .strictObject({
    userId: id,
    unitId: z.string(),
    sectionIndex: z.int().min(0).max(99).nullable().describe("lesson section reached (0 = first), null before it"),
    videoSeconds: z.int().min(0),
    updatedAt: at,
  })
  .describe("where the learner stopped in a unit (unit_positions)");

const checklistTick = z
  .strictObject({
    userId: id,
    checklistId: z.string().describe("the lesson checklist (e.g. m3-u2-site)"),
    ticked: z.array(z.int().min(0)).describe("the items ticked, by position in the list (0 = first)"),
    updatedAt: at,
  })
  .describe("the items ticked on a lesson's checklist (checklist_ticks)");

const certificate = z
  .strictObject({
    id,
    userId: id,
    track: z.enum(TRACKS),
    firstName: z.string(),
    lastName: z.string(),
    verificationCode: z.string(),
    locale: z.enum(LOCALES),
    professionalCategory: z
      .enum(PROFESSIONAL_CATEGORIES)
      .nullable()
      .describe("the professional category the certificate attests (recorded at issue)"),
    namesVerifiedBy: z
      .enum(OIDC_PROVIDER_IDS)
      .nullable()
      .describe("the provider that had verified the printed names at issue; null when typed"),
    moduleVersions: z.array(
      z.strictObject({
        moduleId: z.string(),
        version: z.string(),
        durationMinutes: z.int().optional().describe("announced duration at issue"),
        unitIds: z.array(z.string()).optional().describe("the units validated"),
        categoryPath: z
          .literal(true)
          .optional()
          .describe("the units are those the professional category's path required, not the whole module"),
      }),
    ),
    issuedAt: at,
  })
  .describe("a certificate issued (certificates)");

const dataRequest = z
  .strictObject({
    id,
    userId: id,
    kind: z.enum(DATA_REQUEST_KINDS),
    message: z
      .string()
      .nullable()
      .describe("the learner's own words (null only in the anonymous record kept after deletion)"),
    status: z.enum(DATA_REQUEST_STATUSES),
    channel: z.enum(DATA_REQUEST_CHANNELS).describe("account: made from the account; email: received by email"),
    response: z.string().nullable().describe("the answer's note or the refusal's reason sent to the learner"),
    identityVerifiedAt: at.nullable(),
    identityMethod: z.enum(IDENTITY_METHODS).nullable(),
    createdAt: at,
    updatedAt: at,
    fulfilledAt: at.nullable(),
    fulfilledBy: z.enum(DATA_REQUEST_FULFILLERS).nullable(),
    fulfilledByStaffId: id.nullable(),
    history: z
      .array(
        z
          .strictObject({
            id: z.number().int(),
            requestId: id,
            at,
            step: z.enum(DATA_REQUEST_STEPS),
            staffId: id.nullable().describe("the staff member who took the step (null: the learner or the platform)"),
            fromStatus: z.enum(DATA_REQUEST_STATUSES).nullable(),
            toStatus: z.enum(DATA_REQUEST_STATUSES).nullable(),
            identityMethod: z.enum(IDENTITY_METHODS).nullable(),
            note: z.string().nullable(),
          })
          .describe("one step of the request (data_request_events)"),
      )
      .describe("every step taken on the request, oldest first"),
  })
  .describe("a request to the Data Protection Officer (data_requests)");

const email = z
  .strictObject({
    id,
    userId: id.nullable(),
    invitationId: id.nullable().describe("always null here: invitation emails are not linked to an account"),
    toAddress: z.string(),
    template: z.string(),
    subject: z.string(),
    payload: z.literal(BODY_KEPT_UNTIL_DELIVERY).nullable(),
    html: z.literal(BODY_KEPT_UNTIL_DELIVERY).nullable(),
    text: z.literal(BODY_KEPT_UNTIL_DELIVERY).nullable(),
    status: z.enum(["pending", "sent", "failed"]),
    attempts: z.int(),
    lastError: z.string().nullable(),
    createdAt: at,
    sentAt: at.nullable(),
  })
  .describe("an email sent to the learner (email_outbox)");

const organisationMembership = z
  .strictObject({
    organisationId: id,
    userId: id,
    organisationName: z.string(),
    organisationKind: z.enum(ORGANISATION_KINDS),
    role: z.enum(MEMBER_ROLES).describe("manager: sees the members' report; member: shares their progress"),
    consentedAt: at.describe(
      "when the learner agreed to share name, track, validated units and certificate date with the managers (withdrawn by leaving)",
    ),
  })
  .describe("an organisation the learner belongs to, and their consent (organisation_members)");

const organisationInvitation = z
  .strictObject({
    id,
    organisationId: id,
    organisationName: z.string(),
    tokenHash: withheld,
    email: z
      .string()
      .describe(
        "the address the organisation's manager typed in a CSV (the learner's own, or one they joined through)",
      ),
    expiresAt: at,
    revokedAt: at.nullable(),
    answeredAt: at.nullable().describe("when the learner answered (joined or declined)"),
    declinedAt: at.nullable().describe("when the learner declined: their manager sees only the address and 'declined'"),
    joinedBy: id
      .nullable()
      .describe("the learner's account when they joined through it (forgotten with the invitation when they leave)"),
    createdAt: at,
  })
  .describe(
    "an invitation emailed by an organisation to the learner's address, or accepted by the learner from another (organisation_invitations)",
  );

const throttle = z
  .strictObject({
    key: z.string(),
    count: z.int(),
    windowStartedAt: at,
    blockedUntil: at.nullable(),
  })
  .describe("the account's failed sign-in counter (rate_limit_buckets)");

const staffSecondFactor = z
  .strictObject({
    userId: id,
    secretCiphertext: withheld,
    confirmedAt: at.nullable().describe("when the authenticator was enrolled (null while waiting for its first code)"),
    lastStep: z.int().nullable().describe("the last 30-second step whose code was accepted"),
    createdAt: at,
  })
  .describe("staff only: the authenticator app (staff_second_factors)");

const staffRecoveryCode = z
  .strictObject({
    id,
    userId: id,
    codeHash: withheld,
    usedAt: at.nullable(),
  })
  .describe("staff only: a single-use recovery code (staff_recovery_codes)");

export const personalDataExportSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    exportedAt: at,
    profile,
    sessions: z.array(session),
    identities: z.array(identity),
    emailTokens: z.array(emailToken),
    policyAcceptances: z.array(policyAcceptance),
    quizAttempts: z.array(quizAttempt),
    unitProgress: z.array(unitProgress),
    unitPositions: z.array(unitPosition),
    checklistTicks: z.array(checklistTick),
    certificates: z.array(certificate),
    dataRequests: z.array(dataRequest),
    emails: z.array(email),
    organisationMemberships: z.array(organisationMembership),
    organisationInvitations: z.array(organisationInvitation),
    signInThrottling: z.array(throttle),
    staffSecondFactor: z.array(staffSecondFactor),
    staffRecoveryCodes: z.array(staffRecoveryCode),
  })
  .meta({
    title: "Vigie — personal data export",
    description: "Everything Vigie keeps about one learner (GET /api/account/export)",
  });

export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;

/** The schema as a JSON Schema document, as committed in lib/privacy/export.schema.json. */
export function exportJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(personalDataExportSchema, { target: "draft-2020-12" }), null, 2)}\n`;
}
