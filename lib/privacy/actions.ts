"use server";
// Privacy actions, through the one pipeline: account deletion (password + explicit confirmation) and
// DPO requests. A pending policy never blocks either: these rights stay reachable.
import { formAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/index";
import { consume } from "@/lib/auth/rate-limit";
import { forgetUsernameCookie } from "@/lib/auth/remember-username";
import { createDataRequest } from "./data-requests";
import { deleteAccount } from "./delete-account";
import { dataRequestSchema, deleteAccountSchema } from "./schemas";

const privacyPath = (locale: string) => `/${locale}/account/privacy`;

export const deleteAccountAction = formAction(
  // The password typed here is the re-authentication (verified by the pipeline, throttled): no separate
  // recent sign-in, and a wrong password is reported with an unticked confirmation, in one answer.
  { schema: deleteAccountSchema, access: "user", policy: false, returnTo: privacyPath, currentPassword: "password" },
  async ({ locale }, { session }) => {
    await deleteAccount(session.user, "self");
    await forgetUsernameCookie();
    await signOut({ redirectTo: `/${locale}/account-deleted` });
    return { ok: true, data: undefined };
  },
);

export const dataRequestAction = formAction(
  {
    schema: dataRequestSchema,
    access: "user",
    policy: false,
    returnTo: privacyPath,
    revalidate: ({ locale }) => [privacyPath(locale)],
  },
  async ({ kind, message }, { session }) => {
    if ((await consume(`dpo:user:${session.user.id}`, 5, 24 * 3600_000)).limited)
      return { ok: false, formError: "rateLimited" };
    await createDataRequest(session.user, kind, message);
    return { ok: true, data: "sent" as const };
  },
);
