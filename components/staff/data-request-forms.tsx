"use client";
// The DPO queue's step forms (the labels come from the staff page: staff messages stay out of the browser bundle).
import {
  recordDataRequestAction,
  setDataRequestStatusAction,
  verifyDataRequestIdentityAction,
} from "@/lib/staff/actions";
import { ActionForm, RadioGroup, SelectField, TextareaField, TextField } from "@/components/ui/form";

type Option = { value: string; label: string };

export function StatusStepForm({
  id,
  statuses,
  text,
}: {
  id: string;
  statuses: Option[];
  text: { status: string; choose: string; note: string; noteHint: string; submit: string; done: string };
}) {
  return (
    <ActionForm
      id="request-step"
      action={setDataRequestStatusAction}
      labels={{ status: text.status, note: text.note }}
      submit={text.submit}
      success={text.done}
      hidden={{ id }}
      className="space-y-4"
    >
      <SelectField name="status" placeholder={text.choose} options={statuses} />
      <TextareaField name="note" optional rows={5} maxLength={2000} hint={text.noteHint} />
    </ActionForm>
  );
}

export function IdentityForm({
  id,
  methods,
  text,
}: {
  id: string;
  methods: Option[];
  text: { method: string; submit: string; done: string };
}) {
  return (
    <ActionForm
      id="request-identity"
      action={verifyDataRequestIdentityAction}
      labels={{ method: text.method }}
      submit={text.submit}
      success={text.done}
      hidden={{ id }}
      requiredNotice={false}
      className="space-y-4"
    >
      <RadioGroup name="method" options={methods} defaultValue="" />
    </ActionForm>
  );
}

export function RecordRequestForm({
  kinds,
  text,
}: {
  kinds: Option[];
  text: { email: string; kind: string; choose: string; message: string; submit: string };
}) {
  return (
    <ActionForm
      id="record-request"
      action={recordDataRequestAction}
      labels={{ email: text.email, kind: text.kind, message: text.message }}
      submit={text.submit}
      className="space-y-4"
    >
      <TextField name="email" type="email" autoComplete="off" />
      <SelectField name="kind" placeholder={text.choose} options={kinds} />
      <TextareaField name="message" rows={6} maxLength={5000} />
    </ActionForm>
  );
}
