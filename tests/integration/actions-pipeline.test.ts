// Every server action is built by the one pipeline (lib/actions/form-action.ts), with the access it was meant to have.
import { describe, expect, it } from "vitest";
import { accessOf } from "@/lib/actions/form-action";
import { discoverTargets } from "../support/fuzz";

const EXPECTED_ACCESS: Record<string, string> = {
  "lib/account/actions.ts#changeEmailAction": "user",
  "lib/account/actions.ts#changePasswordAction": "user",
  "lib/account/actions.ts#confirmEmailChangeAction": "public",
  "lib/account/actions.ts#rememberUsernameAction": "user",
  "lib/account/actions.ts#updateProfileAction": "user",
  "lib/auth/actions.ts#acceptPolicyAction": "user",
  "lib/auth/actions.ts#confirmEmailAction": "public",
  "lib/auth/actions.ts#enrolSecondFactorAction": "staff-password",
  "lib/auth/actions.ts#extendSessionAction": "user",
  "lib/auth/actions.ts#forgotPasswordAction": "public",
  "lib/auth/actions.ts#oidcSignInAction": "public",
  "lib/auth/actions.ts#completeOidcRegistrationAction": "public",
  "lib/auth/identity-actions.ts#linkExistingAccountAction": "public",
  "lib/auth/identity-actions.ts#linkProviderAction": "recent",
  "lib/auth/identity-actions.ts#unlinkProviderAction": "user",
  "lib/auth/actions.ts#reauthAction": "user",
  "lib/auth/actions.ts#registerAction": "public",
  "lib/auth/actions.ts#resetPasswordAction": "public",
  "lib/auth/actions.ts#signInAction": "public",
  "lib/auth/actions.ts#signOutAction": "public",
  "lib/auth/actions.ts#verifySecondFactorAction": "staff-password",
  "lib/certificates/actions.ts#issueCertificateAction": "recent",
  "lib/checklists/actions.ts#saveChecklistAction": "user",
  "lib/organisations/actions.ts#answerInvitationAction": "user",
  "lib/organisations/actions.ts#createInvitationLinkAction": "user",
  "lib/organisations/actions.ts#createOrganisationAction": "user",
  "lib/organisations/actions.ts#deleteOrganisationAction": "user",
  "lib/organisations/actions.ts#inviteByCsvAction": "user",
  "lib/organisations/actions.ts#leaveOrganisationAction": "user",
  "lib/organisations/actions.ts#removeMemberAction": "user",
  "lib/organisations/actions.ts#revokeInvitationAction": "user",
  "lib/organisations/actions.ts#transferOrganisationAction": "user",
  "lib/privacy/actions.ts#dataRequestAction": "user",
  "lib/privacy/actions.ts#deleteAccountAction": "user",
  "lib/quiz/actions.ts#submitQuizAction": "user",
  "lib/staff/actions.ts#publishPolicyAction": "staff",
  "lib/staff/actions.ts#recordDataRequestAction": "staff",
  "lib/staff/actions.ts#setDataRequestStatusAction": "staff",
  "lib/staff/actions.ts#verifyDataRequestIdentityAction": "staff",
  "lib/staff/actions.ts#rectifyCertificateAction": "staff",
};

describe("server actions", () => {
  const actions = discoverTargets().filter((t) => t.startsWith("lib/"));

  it("are all listed here with their access", () => {
    expect(actions).toEqual(Object.keys(EXPECTED_ACCESS).sort());
  });

  it.each(actions)("%s goes through the pipeline with the expected access", async (target) => {
    const [file, name] = target.split("#") as [string, string];
    const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    expect(accessOf(mod[name])).toBe(EXPECTED_ACCESS[target]);
  });
});
