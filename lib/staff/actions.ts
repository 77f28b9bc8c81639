"use server";
// Staff actions, through the one pipeline: move a data-protection request along, publish a policy version.
import type { ActionResult } from "@/lib/action-result";
import { formAction } from "@/lib/actions/form-action";
import { publishPolicy } from "@/lib/policies/publish";
import { setDataRequestStatus } from "./queries";
import { dataRequestStatusSchema, publishPolicySchema } from "./schemas";

const staffPath = (locale: string) => `/${locale}/staff`;
const policiesPath = (locale: string) => `/${locale}/staff/policies`;

export const setDataRequestStatusAction = formAction(
  {
    schema: dataRequestStatusSchema,
    access: "staff",
    returnTo: staffPath,
    revalidate: ({ locale }) => [staffPath(locale), `${staffPath(locale)}/audit`],
  },
  async ({ id, status }, { session }) => {
    await setDataRequestStatus(session.user.id, id, status);
    return { ok: true, data: undefined };
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
