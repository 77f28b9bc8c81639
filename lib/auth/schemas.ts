// Shared zod schemas for account forms; messages are keys of the "validation" namespace.
import { z } from "zod";
import { OIDC_PROVIDER_IDS } from "./oidc/settings";
import { PROFESSIONAL_CATEGORIES, TRACKS } from "@/lib/account/tracks";
import { nameProblem } from "@/lib/certificates/printable-name";
import { PASSWORD_MAX_CODE_UNITS, checkPassword } from "./password-policy";

const checkbox = (message: string) => z.literal("on", { error: message });
const optionalCheckbox = z.literal("on").optional().catch(undefined);
const optionalText = z.string().optional().catch(undefined);

/**
 * A first or last name, as it will be printed on the certificate: NFC-normalised (a name typed with
 * combining accents passes), in the letters the certificate fonts draw (printable-name.ts).
 */
export const nameSchema = z
  .string({ error: "required" })
  .trim()
  .normalize("NFC")
  .overwrite((name) => name.replace(/ {2,}/g, " "))
  .min(1, "required")
  .max(80, "nameTooLong")
  .superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const usernameSchema = z
  .string({ error: "required" })
  .trim()
  .min(3, "usernameFormat")
  .max(32, "usernameFormat")
  .regex(/^[a-zA-Z0-9._-]+$/, "usernameFormat");

export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"));

const passwordInput = z
  .string({ error: "required" })
  .min(1, "required")
  .max(PASSWORD_MAX_CODE_UNITS, "passwordTooLong");

/** A new password: the rules that need no context are checked with the other fields, so errors come at once. */
const newPasswordInput = passwordInput.superRefine((password, ctx) => {
  const problem = checkPassword(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Object-level rules run even when a field failed: a person sees every error in one submit, never in waves. */
const always = { when: () => true };

const profileFields = {
  track: z.enum(TRACKS, { error: "trackRequired" }),
  professionalCategory: z.enum(PROFESSIONAL_CATEGORIES).optional().catch(undefined),
};

function requireCategory<T extends { track?: string; professionalCategory?: string }>(v: T, ctx: z.RefinementCtx) {
  if (v?.track === "professional" && !v.professionalCategory) {
    ctx.addIssue({ code: "custom", path: ["professionalCategory"], message: "categoryRequired" });
  }
}

export const registerSchema = z
  .object({
    firstName: nameSchema,
    lastName: nameSchema,
    username: usernameSchema,
    email: emailSchema,
    password: passwordInput,
    ...profileFields,
    ageConfirmed: checkbox("ageRequired"),
    acceptPolicy: checkbox("policyRequired"),
    next: optionalText,
  })
  .superRefine((v, ctx) => {
    requireCategory(v, ctx);
    // The password field itself only refused an empty or oversized value; the policy needs the username and email.
    const { password, username, email } = v ?? {};
    if (typeof password !== "string" || !password || password.length > PASSWORD_MAX_CODE_UNITS) return;
    const context = { username: asText(username), email: asText(email) };
    const problem = checkPassword(password, context);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  }, always);

/**
 * "Complete your registration" after FranceConnect or ProConnect: the rest comes from the verified
 * identity. The age box is asked only when the provider sent no birth date (ProConnect), and checked then
 * by the action, which knows the identity.
 */
export const oidcRegistrationSchema = z
  .object({ ...profileFields, ageConfirmed: optionalCheckbox, acceptPolicy: checkbox("policyRequired") })
  .superRefine((v, ctx) => requireCategory(v, ctx), always);

function asText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export const signInSchema = z.object({
  identifier: z.string({ error: "required" }).trim().min(1, "required").max(254, "required"),
  password: passwordInput,
  rememberUsername: optionalCheckbox,
  next: optionalText,
});

/** "S'identifier avec FranceConnect": which provider, and where to go afterwards. */
export const oidcSignInSchema = z.object({
  provider: z.enum(OIDC_PROVIDER_IDS, { error: "required" }),
  next: optionalText,
});

/** The existing account's password, proving it is theirs before a verified identity is linked to it. */
export const oidcLinkAccountSchema = z.object({ password: passwordInput });

/** A provider to link to, or unlink from, the signed-in account. */
export const oidcProviderSchema = z.object({ provider: z.enum(OIDC_PROVIDER_IDS, { error: "required" }) });

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(100),
  password: newPasswordInput,
});

export const reauthSchema = z.object({ password: passwordInput, next: optionalText });

export const profileSchema = z
  .object({
    firstName: nameSchema.optional(),
    lastName: nameSchema.optional(),
    ...profileFields,
    /** Ticked after reading what a track switch changes (lib/account/track-change.ts). */
    confirmTrack: optionalCheckbox,
  })
  .superRefine(requireCategory, always);

export const changePasswordSchema = z.object({ currentPassword: passwordInput, newPassword: newPasswordInput });

export const changeEmailSchema = z.object({ email: emailSchema, password: passwordInput });

export const acceptPolicySchema = z.object({ accept: checkbox("policyRequired"), next: optionalText });

/** The token of an emailed link (account confirmation, email change). */
export const emailTokenSchema = z.object({ token: z.string().regex(/^[\w-]{20,100}$/), next: optionalText });

export const rememberUsernameSchema = z.object({ remember: optionalCheckbox });

/** Only same-site paths under a locale may be used as a post-sign-in destination. */
export function safeNextPath(next: string | undefined, locale: string): string {
  if (next && /^\/(fr|en)(\/[\w\-/.%]*)?(\?[\w=&%\-.]*)?$/.test(next) && !next.startsWith("//")) return next;
  return `/${locale}/dashboard`;
}

/** A six-digit authenticator code, or a recovery code (checked by lib/auth/second-factor.ts). */
export const secondFactorSchema = z.object({
  code: z.string({ error: "required" }).trim().min(1, "required").max(64, "codeInvalid"),
  next: optionalText,
});
