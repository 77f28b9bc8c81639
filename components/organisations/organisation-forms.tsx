"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { CsvRejection } from "@/lib/organisations/csv";
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
import { ORGANISATION_KINDS } from "@/lib/organisations/rules";
import { ActionForm, CheckboxField, SelectField, TextareaField, TextField } from "@/components/ui/form";

export function CreateOrganisationForm() {
  const t = useTranslations("organisations");
  return (
    <ActionForm
      id="create-organisation"
      action={createOrganisationAction}
      labels={{ name: t("name"), kind: t("kind") }}
      submit={t("create")}
      className="space-y-4"
    >
      <TextField name="name" maxLength={120} autoComplete="organization" />
      <SelectField
        name="kind"
        placeholder={t("kindChoose")}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
      />
    </ActionForm>
  );
}

export function InviteLinkForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("organisations");
  return (
    <ActionForm
      id="invite-link"
      action={createInvitationLinkAction}
      labels={{}}
      hidden={{ organisationId }}
      requiredNotice={false}
      submit={t("inviteLinkCreate")}
      success={(url: string) => (
        <p>
          {t("inviteLinkCreated")}{" "}
          <code className="block break-all rounded bg-slate-100 p-2" data-testid="invitation-link">
            {url}
          </code>
        </p>
      )}
      className="space-y-3"
    />
  );
}

function Rejections({ rejected }: { rejected: CsvRejection[] }) {
  const t = useTranslations("organisations");
  const headingId = useId();
  if (rejected.length === 0) return null;
  return (
    <div className="mt-2">
      <p id={headingId} className="font-semibold">
        {t("csvRejectedTitle")}
      </p>
      <ul aria-labelledby={headingId} className="list-disc pl-6">
        {rejected.map((r) => (
          <li key={`${r.line}`}>
            {t("csvRejectedLine", { line: r.line, value: r.value, reason: t(`csvReason_${r.reason}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsvInvitationForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("organisations");
  const fileId = useId();
  return (
    <ActionForm
      id="invite-csv"
      action={inviteByCsvAction}
      labels={{ csv: t("csv") }}
      hidden={{ organisationId }}
      submit={t("inviteCsv")}
      success={(data: { invited: string[]; alreadyInvited: string[]; rejected: CsvRejection[] }) => (
        <div>
          <p>{t("csvInvited", { count: data.invited.length })}</p>
          {data.alreadyInvited.length > 0 ? <p>{t("csvAlready", { count: data.alreadyInvited.length })}</p> : null}
          <Rejections rejected={data.rejected} />
        </div>
      )}
      className="space-y-4"
    >
      <div>
        <label htmlFor={fileId} className="block font-semibold text-brand-900">
          {t("csvFile")}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="mt-1 block"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            const area = event.currentTarget.form?.elements.namedItem("csv");
            if (file && area instanceof HTMLTextAreaElement) area.value = await file.text();
          }}
        />
      </div>
      <TextareaField name="csv" rows={6} maxLength={128 * 1024} hint={t("csvHint")} />
    </ActionForm>
  );
}

export function RevokeInvitationForm({
  organisationId,
  invitationId,
  what,
}: {
  organisationId: string;
  invitationId: string;
  what: string;
}) {
  const t = useTranslations("organisations");
  return (
    <ActionForm
      id={`revoke-${invitationId}`}
      action={revokeInvitationAction}
      labels={{}}
      hidden={{ organisationId, invitationId }}
      requiredNotice={false}
      submit={
        <>
          {t("revoke")}
          <span className="sr-only"> {what}</span>
        </>
      }
      success={t("revoked")}
      className="space-y-2"
    />
  );
}

export function RemoveMemberForm({
  organisationId,
  memberId,
  name,
}: {
  organisationId: string;
  memberId: string;
  name: string;
}) {
  const t = useTranslations("organisations");
  return (
    <ActionForm
      id={`remove-${memberId}`}
      action={removeMemberAction}
      labels={{}}
      hidden={{ organisationId, memberId }}
      requiredNotice={false}
      tone="danger"
      submit={t("remove", { name })}
      success={t("removed")}
      className="space-y-2"
    />
  );
}

export function TransferForm({
  organisationId,
  members,
}: {
  organisationId: string;
  members: { userId: string; name: string }[];
}) {
  const t = useTranslations("organisations");
  return (
    <ActionForm
      id="transfer"
      action={transferOrganisationAction}
      labels={{ memberId: t("transferTo"), confirmTransfer: t("confirmTransfer") }}
      hidden={{ organisationId }}
      submit={t("transfer")}
      success={t("transferred")}
      className="space-y-4"
    >
      <SelectField
        name="memberId"
        placeholder={t("transferChoose")}
        options={members.map((m) => ({ value: m.userId, label: m.name }))}
      />
      <CheckboxField name="confirmTransfer" label={t("confirmTransfer")} />
    </ActionForm>
  );
}

export function DeleteOrganisationForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("organisations");
  return (
    <ActionForm
      id="delete-organisation"
      action={deleteOrganisationAction}
      labels={{ confirmDelete: t("confirmDelete") }}
      hidden={{ organisationId }}
      submit={t("delete")}
      tone="danger"
      className="space-y-4"
    >
      <CheckboxField name="confirmDelete" label={t("confirmDelete")} />
    </ActionForm>
  );
}

export function LeaveOrganisationForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("organisations");
  return (
    <ActionForm
      id="leave-organisation"
      action={leaveOrganisationAction}
      labels={{}}
      hidden={{ organisationId }}
      requiredNotice={false}
      tone="danger"
      submit={t("leave")}
      className="space-y-2"
    />
  );
}

export function AnswerInvitationForms({ token }: { token: string }) {
  const t = useTranslations("organisations");
  return (
    <div className="space-y-6">
      <ActionForm
        id="join-organisation"
        action={answerInvitationAction}
        labels={{ consent: t("consent") }}
        hidden={{ token, answer: "join" }}
        requiredNotice={false}
        submit={t("join")}
        className="space-y-4"
      >
        <CheckboxField name="consent" label={t("consent")} />
      </ActionForm>
      <div>
        <p className="mb-2">{t("declineLead")}</p>
        <ActionForm
          id="decline-organisation"
          action={answerInvitationAction}
          labels={{}}
          hidden={{ token, answer: "decline" }}
          requiredNotice={false}
          submit={t("decline")}
          className="space-y-2"
        />
      </div>
    </div>
  );
}
