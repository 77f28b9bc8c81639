"use server";
// Profile form actions, through the one pipeline. Email and password changes ask for the current
// password (verified by the pipeline, throttled), which is their re-authentication: no separate recent
// sign-in is needed.
import { formAction } from "@/lib/actions/form-action";
import { isTrack } from "@/lib/account/tracks";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import { applyRememberUsername } from "@/lib/auth/remember-username";
import {
  changeEmailSchema,
  changePasswordSchema,
  emailTokenSchema,
  profileSchema,
  rememberUsernameSchema,
} from "@/lib/auth/schemas";
import { checkPassword, PASSWORD_MAX_CODE_UNITS } from "@/lib/auth/password-policy";
import { changePassword, confirmEmailChange, requestEmailChange, updateProfile } from "./profile";

const accountPath = (locale: string) => `/${locale}/account`;
const onAccount = { returnTo: accountPath, revalidate: ({ locale }: { locale: string }) => [accountPath(locale)] };

export const updateProfileAction = formAction(
  {
    schema: profileSchema,
    access: "user",
    ...onAccount,
    // A track switch is explained on the form (what is kept, what is added, certificates stay valid) and
    // applies only once the learner ticks the confirmation; without JavaScript the refusal shows both.
    // Checked with the schema, so a name error and the missing confirmation come in one answer.
    check: ({ form, session }) => {
      const track = form.get("track");
      const switching = typeof track === "string" && isTrack(track) && track !== session.user.track;
      return switching && form.get("confirmTrack") !== "on" ? { confirmTrack: ["trackChangeUnconfirmed"] } : undefined;
    },
  },
  async (input, { session }) => {
    const outcome = await updateProfile(session.user, input);
    if (!outcome.ok && outcome.error === "namesVerified") {
      const { fields, provider } = outcome.refusal;
      return {
        ok: false,
        fieldErrors: Object.fromEntries(fields.map((field) => [field, ["namesVerified"]])),
        errorParams: { namesVerified: { provider: OIDC_PROVIDER_NAMES[provider] } },
      };
    }
    if (!outcome.ok) return { ok: false, formError: outcome.error };
    return { ok: true, data: outcome.trackChanged ? ("trackChanged" as const) : ("saved" as const) };
  },
);

export const changePasswordAction = formAction(
  {
    schema: changePasswordSchema,
    access: "user",
    ...onAccount,
    currentPassword: "currentPassword",
    // The policy's rules that need the account (the password must not hold the username or the email).
    check: ({ form, session }) => {
      const password = form.get("newPassword");
      if (typeof password !== "string" || !password || password.length > PASSWORD_MAX_CODE_UNITS) return undefined;
      const problem = checkPassword(password, { username: session.user.username, email: session.user.email });
      return problem ? { newPassword: [problem] } : undefined;
    },
  },
  async (input, { session }) => {
    const outcome = await changePassword(session.user, session.sessionId, input.newPassword);
    return outcome.ok
      ? { ok: true, data: "saved" as const }
      : { ok: false, fieldErrors: { [outcome.field]: [outcome.error] } };
  },
);

export const changeEmailAction = formAction(
  { schema: changeEmailSchema, access: "user", ...onAccount, currentPassword: "password" },
  async (input, { session }) => {
    await requestEmailChange(session.user, input.email);
    return { ok: true, data: "sent" as const };
  },
);

// Opened from the emailed link, possibly in a browser that is not signed in.
export const confirmEmailChangeAction = formAction(
  {
    schema: emailTokenSchema,
    access: "public",
    invalid: () => ({ ok: false, formError: "tokenInvalid" }),
    redirect: ({ locale }) => `${accountPath(locale)}?emailChanged=1`,
  },
  async ({ token }, { session }) =>
    (await confirmEmailChange(token, session?.sessionId))
      ? { ok: true, data: undefined }
      : { ok: false, formError: "tokenInvalid" },
);

export const rememberUsernameAction = formAction(
  { schema: rememberUsernameSchema, access: "user", ...onAccount },
  async ({ remember }, { session }) => {
    await applyRememberUsername(session.user, remember === "on");
    return { ok: true, data: "saved" as const };
  },
);
