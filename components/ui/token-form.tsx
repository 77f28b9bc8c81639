"use client";

import type { ActionResult } from "@/lib/action-result";
import { ActionForm } from "./form";

/** A one-button form that redeems an emailed link's token (a POST, so link scanners cannot use it up). */
export function TokenForm({
  id,
  token,
  action,
  label,
  next,
}: {
  id: string;
  token: string;
  /** Where the action sends the person afterwards, if it carries one on (a same-site path). */
  next?: string;
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  label: string;
}) {
  return (
    <ActionForm id={id} action={action} labels={{}} submit={label} hidden={{ token, next }} requiredNotice={false} />
  );
}
