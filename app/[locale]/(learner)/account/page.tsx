import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { findTrackChanges } from "@/lib/account/profile";
import { trackChangeKey } from "@/lib/account/track-change";
import { Link } from "@/lib/i18n/navigation";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import {
  ChangeEmailForm,
  ChangePasswordForm,
  ProfileForm,
  RememberUsernameForm,
} from "@/components/account/account-forms";
import { TrackChangeNote } from "@/components/account/track-change-note";
import { Alert } from "@/components/ui/alert";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("account", "title");

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ emailChanged?: string }>;
}) {
  const { locale } = await params;
  const { emailChanged } = await searchParams;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "account" });
  const trackChanges = await findTrackChanges(user);
  const to = await getTranslations({ locale, namespace: "organisations" });
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
