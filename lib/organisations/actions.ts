"use server";
// Organisation actions, through the one pipeline: each authorises the caller's role again in lib/organisations.
import { formAction } from "@/lib/actions/form-action";
import { accountLink } from "@/lib/auth/accounts";
import { answerInvitation, createInvitationLink, inviteByCsv, revokeInvitation } from "./invitations";
import {
  createOrganisation,
  deleteOrganisation,
  leaveOrganisation,
  removeMember,
  transferOrganisation,
} from "./organisations";
import {
  answerInvitationSchema,
  createOrganisationSchema,
  csvInvitationSchema,
  deleteOrganisationSchema,
  invitationSchema,
  memberSchema,
  organisationSchema,
  transferSchema,
} from "./schemas";

const listPath = (locale: string) => `/${locale}/organisations`;
const orgPath = (locale: string, organisationId: string) => `/${locale}/organisations/${organisationId}`;
const onOrganisation = {
  returnTo: listPath,
  revalidate: ({ locale, organisationId }: { locale: string; organisationId: string }) => [
    orgPath(locale, organisationId),
  ],
};

export const createOrganisationAction = formAction(
  {
    schema: createOrganisationSchema,
    access: "user",
    returnTo: listPath,
    redirect: ({ locale }, id: string) => `${orgPath(locale, id)}?created=1`,
  },
  async (input, { session }) => {
    const org = await createOrganisation(session.user, input);
    return org ? { ok: true, data: org.id } : { ok: false, formError: "notProfessional" };
  },
);

export const createInvitationLinkAction = formAction(
  { schema: organisationSchema, access: "user", ...onOrganisation },
  async ({ organisationId, locale }, { session }) => {
    const token = await createInvitationLink(session.user, organisationId);
    return token
      ? { ok: true, data: accountLink(locale, "/organisations/join", token) }
      : { ok: false, formError: "forbidden" };
  },
);

export const revokeInvitationAction = formAction(
  { schema: invitationSchema, access: "user", ...onOrganisation },
  async ({ organisationId, invitationId }, { session }) =>
    (await revokeInvitation(session.user, organisationId, invitationId))
      ? { ok: true, data: "revoked" as const }
      : { ok: false, formError: "forbidden" },
);

export const inviteByCsvAction = formAction(
  { schema: csvInvitationSchema, access: "user", ...onOrganisation },
  async ({ organisationId, csv, locale }, { session }) => {
    const outcome = await inviteByCsv(session.user, organisationId, csv, locale);
    if (!outcome.ok) return { ok: false, formError: outcome.error };
    const { invited, alreadyInvited, rejected } = outcome;
    return { ok: true, data: { invited, alreadyInvited, rejected } };
  },
);

export const answerInvitationAction = formAction(
  {
    schema: answerInvitationSchema,
    access: "user",
    returnTo: listPath,
    // A bad token is the link's fault, not a field the person can fix: said in one sentence.
    invalid: (refusal) =>
      refusal.fieldErrors.consent && !refusal.fieldErrors.token
        ? { ...refusal, fieldErrors: { consent: refusal.fieldErrors.consent } }
        : { ok: false, formError: "invitationUnknown" },
    redirect: ({ locale, answer }, organisationId: string) =>
      answer === "join" ? `${orgPath(locale, organisationId)}?joined=1` : `${listPath(locale)}?declined=1`,
  },
  async ({ token, answer }, { session }) => {
    const { state, organisationId } = await answerInvitation(session.user, token, answer);
    if (state === "usable" && organisationId) return { ok: true, data: organisationId };
    return { ok: false, formError: `invitation_${state}` };
  },
);

export const leaveOrganisationAction = formAction(
  {
    schema: organisationSchema,
    access: "user",
    returnTo: listPath,
    redirect: ({ locale }) => `${listPath(locale)}?left=1`,
  },
  async ({ organisationId }, { session }) => {
    const outcome = await leaveOrganisation(session.user.id, organisationId);
    return outcome === "left" ? { ok: true, data: undefined } : { ok: false, formError: outcome };
  },
);

export const removeMemberAction = formAction(
  { schema: memberSchema, access: "user", ...onOrganisation },
  async ({ organisationId, memberId }, { session }) => {
    const outcome = await removeMember(session.user, organisationId, memberId);
    return outcome === "removed" ? { ok: true, data: "removed" as const } : { ok: false, formError: outcome };
  },
);

export const transferOrganisationAction = formAction(
  { schema: transferSchema, access: "user", ...onOrganisation },
  async ({ organisationId, memberId }, { session }) => {
    const outcome = await transferOrganisation(session.user, organisationId, memberId);
    return outcome === "transferred" ? { ok: true, data: "transferred" as const } : { ok: false, formError: outcome };
  },
);

export const deleteOrganisationAction = formAction(
  {
    schema: deleteOrganisationSchema,
    access: "user",
    returnTo: listPath,
    redirect: ({ locale }) => `${listPath(locale)}?deleted=1`,
  },
  async ({ organisationId }, { session }) =>
    (await deleteOrganisation(session.user, organisationId))
      ? { ok: true, data: undefined }
      : { ok: false, formError: "forbidden" },
);
