import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { findTrackChanges } from "@/lib/account/profile";
import { canUnlink, findLinkedIdentities } from "@/lib/auth/oidc/link";
import { configuredOidcProviders } from "@/lib/auth/oidc/providers";
import { trackChangeKey } from "@/lib/account/track-change";
import { Link } from "@/lib/i18n/navigation";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import {
  ChangeEmailForm,
  ChangePasswordForm,
  ProfileForm,
  RememberUsernameForm,
} from "@/components/account/account-forms";
import { SignInMethods } from "@/components/account/sign-in-methods";
import { TrackChangeNote } from "@/components/account/track-change-note";
import { Alert } from "@/components/ui/alert";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("account", "title");

// Where a link or unlink came back with (?link=, see lib/auth/oidc/callback.ts and unlinkProviderAction).
const LINK_OUTCOMES = ["linked", "unlinked", "already", "taken", "providerTaken", "reauth", "expired"] as const;

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ emailChanged?: string; link?: string }>;
}) {
  const { locale } = await params;
  const { emailChanged, link } = await searchParams;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "account" });
  const trackChanges = await findTrackChanges(user);
  const to = await getTranslations({ locale, namespace: "organisations" });
  const linked = await findLinkedIdentities(user.id);
  const linkOutcome = LINK_OUTCOMES.find((outcome) => outcome === link);
  return (
    <div className="max-w-3xl space-y-6">
      <Heading level={1}>{t("title")}</Heading>
      <p>{t("username", { username: user.username })}</p>
      {emailChanged ? <Alert tone="success">{t("emailChanged")}</Alert> : null}
      <Section id="profile" title={t("profileTitle")} headingClassName="mb-3">
        <ProfileForm
          firstName={user.firstName}
          lastName={user.lastName}
          nameLocked={Boolean(user.nameLockedAt)}
          namesVerifiedBy={user.namesVerifiedBy ? OIDC_PROVIDER_NAMES[user.namesVerifiedBy] : null}
          track={user.track}
          professionalCategory={user.professionalCategory}
          trackChanges={Object.fromEntries(
            trackChanges.map((change) => [
              trackChangeKey(change),
              <TrackChangeNote key={trackChangeKey(change)} change={change} locale={locale} />,
            ]),
          )}
        />
      </Section>
      <Section id="email" title={t("emailTitle")} headingClassName="mb-3">
        <ChangeEmailForm email={user.email} />
      </Section>
      <Section id="password" title={t("passwordTitle")} headingClassName="mb-3">
        <ChangePasswordForm />
      </Section>
      <Section id="sign-in-methods" title={t("signInMethodsTitle")} headingClassName="mb-3">
        {linkOutcome ? (
          <div className="mb-4">
            <Alert tone={linkOutcome === "linked" || linkOutcome === "unlinked" ? "success" : "error"}>
              {t(`link_${linkOutcome}`)}
            </Alert>
          </div>
        ) : null}
        <SignInMethods
          passwordChosen={user.passwordChosen}
          linked={linked.map((identity) => ({ ...identity, canUnlink: canUnlink(user, linked, identity.provider) }))}
          linkable={configuredOidcProviders()
            .map((p) => p.id)
            .filter((id) => !linked.some((identity) => identity.provider === id))}
        />
      </Section>
      <Section id="remember" title={t("rememberTitle")} headingClassName="mb-3">
        <RememberUsernameForm remember={user.rememberUsername} />
      </Section>
      <Section id="organisations" title={to("listTitle")}>
        <p className="mt-2">{to("accountText")}</p>
        <Link href="/organisations" className="mt-3 inline-block font-semibold text-brand-800 underline">
          {to("accountLink")}
        </Link>
      </Section>
      <Section id="data" title={t("dataTitle")}>
        <p className="mt-2">{t("dataText")}</p>
        <Link href="/account/privacy" className="mt-3 inline-block font-semibold text-brand-800 underline">
          {t("dataLink")}
        </Link>
      </Section>
    </div>
  );
}
