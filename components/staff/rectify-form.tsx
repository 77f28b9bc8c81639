"use client";

import { useState } from "react";
import { rectifyCertificateAction } from "@/lib/staff/actions";
import { ActionForm, CheckboxField, TextField } from "@/components/ui/form";

export interface RectifyFormText {
  firstName: string;
  lastName: string;
  confirm: string;
  submit: string;
  /** "Nom qui sera imprimé : {name}", with {name} left in place. */
  preview: string;
}

/** The corrected names, the name as it will be printed, and the irreversible step confirmed by a tick. */
export function RectifyForm({
  requestId,
  current,
  text,
}: {
  requestId: string;
  current: { firstName: string; lastName: string };
  text: RectifyFormText;
}) {
  const [name, setName] = useState(current);
  return (
    <ActionForm
      id={`rectify-${requestId}`}
      action={rectifyCertificateAction}
      labels={{ firstName: text.firstName, lastName: text.lastName, confirm: text.confirm }}
      submit={text.submit}
      hidden={{ id: requestId }}
      initialValues={current}
      tone="danger"
      className="mt-3 space-y-4"
    >
      <div
        className="grid gap-4 sm:grid-cols-2"
        onInput={(event) => {
          const form = event.currentTarget.closest("form");
          if (!form) return;
          const value = (field: string) => String(new FormData(form).get(field) ?? "");
          setName({ firstName: value("firstName"), lastName: value("lastName") });
        }}
      >
        <TextField name="firstName" label={text.firstName} autoComplete="off" spellCheck={false} />
        <TextField name="lastName" label={text.lastName} autoComplete="off" spellCheck={false} />
      </div>
      <p className="rounded border border-slate-300 bg-slate-50 p-2">
        {text.preview.replace("{name}", `${name.firstName.trim()} ${name.lastName.trim()}`)}
      </p>
      <CheckboxField name="confirm" label={text.confirm} />
    </ActionForm>
  );
}
