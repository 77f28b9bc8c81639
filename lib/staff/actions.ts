"use server";
// Staff actions, through the one pipeline: the DPO queue's steps (record a request received by email,
// verify the requester's identity, move a request along), grant a rectification of a certified name,
// publish a policy version.
import type { ActionResult } from "@/lib/action-result";
import { formAction } from "@/lib/actions/form-action";
import { rectifyCertificateName } from "@/lib/certificates/rectification";
import { publishPolicy } from "@/lib/policies/publish";
import { moveDataRequest, recordEmailedRequest, verifyIdentity, type StepResult } from "./request-steps";
import {
  dataRequestIdentitySchema,
  dataRequestStatusSchema,
  publishPolicySchema,
  recordDataRequestSchema,
  rectifyCertificateSchema,
} from "./schemas";

const staffPath = (locale: string) => `/${locale}/staff`;
const policiesPath = (locale: string) => `/${locale}/staff/policies`;
const requestPath = (locale: string, id: string) => `/${locale}/staff/requests/${id}`;

const requestPages = ({ locale, id }: { locale: string; id: string }) => [
  staffPath(locale),
  requestPath(locale, id),
  `${staffPath(locale)}/audit`,
];

const asResult = (step: StepResult): ActionResult =>
  step.ok ? { ok: true, data: undefined } : { ok: false, fieldErrors: { [step.field]: [step.error] } };

export const setDataRequestStatusAction = formAction(
  { schema: dataRequestStatusSchema, access: "staff", returnTo: staffPath, revalidate: requestPages },
  async ({ id, status, note }, { session }) => asResult(await moveDataRequest(session.user.id, id, status, note)),
);

export const verifyDataRequestIdentityAction = formAction(
  { schema: dataRequestIdentitySchema, access: "staff", returnTo: staffPath, revalidate: requestPages },
  async ({ id, method }, { session }) => asResult(await verifyIdentity(session.user.id, id, method)),
);

export const recordDataRequestAction = formAction<typeof recordDataRequestSchema, "staff", string>(
  {
    schema: recordDataRequestSchema,
    access: "staff",
    returnTo: (locale) => `${staffPath(locale)}/requests/new`,
    revalidate: ({ locale }) => [staffPath(locale), `${staffPath(locale)}/audit`],
    redirect: ({ locale }, id) => requestPath(locale, id),
  },
  async (input, { session }): Promise<ActionResult<string>> => {
    const recorded = await recordEmailedRequest(session.user.id, input);
    return recorded.ok ? { ok: true, data: recorded.id } : { ok: false, fieldErrors: { email: [recorded.error] } };
  },
);

/** Irreversible: revokes the learner's certificates and reissues them under the corrected name. */
export const rectifyCertificateAction = formAction<typeof rectifyCertificateSchema, "staff", string[]>(
  {
    schema: rectifyCertificateSchema,
    access: "staff",
    returnTo: staffPath,
    revalidate: ({ locale }) => [staffPath(locale), `${staffPath(locale)}/audit`],
    // The request is closed, so its form is gone: the confirmation is shown at the top of the queue.
    redirect: ({ locale }, codes) => `${staffPath(locale)}?rectified=${codes.join(",")}`,
  },
  async ({ id, firstName, lastName }, { session }): Promise<ActionResult<string[]>> => {
    const outcome = await rectifyCertificateName(session.user.id, id, { firstName, lastName });
    if (outcome.ok) return { ok: true, data: outcome.replaced.map((r) => r.to) };
    if (outcome.error === "sameName") return { ok: false, fieldErrors: { firstName: ["sameName"] } };
    return { ok: false, formError: `rectification_${outcome.error}` };
  },
);

export const publishPolicyAction = formAction<typeof publishPolicySchema, "staff", string>(
  {
    schema: publishPolicySchema,
    access: "staff",
    returnTo: policiesPath,
    revalidate: ({ locale }) => [policiesPath(locale), `${staffPath(locale)}/audit`],
    redirect: ({ locale, kind }, version) => `${policiesPath(locale)}?published=${kind}-${version}`,
  },
  async ({ kind, fingerprint }, { session }): Promise<ActionResult<string>> => {
    const version = await publishPolicy(session.user.id, kind, fingerprint);
    if (!version) return { ok: false, fieldErrors: { confirm: ["policyNotPublishable"] } };
    return { ok: true, data: version };
  },
);
