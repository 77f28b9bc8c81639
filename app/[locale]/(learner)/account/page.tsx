import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { findTrackChanges } from "@/lib/account/profile";
import { Link } from "@/lib/i18n/navigation";
import {
  ChangeEmailForm,
  ChangePasswordForm,
  ProfileForm,
  RememberUsernameForm,
} from "@/components/account/account-forms";
import { TrackChangeNote } from "@/components/account/track-change-note";
import { Alert } from "@/components/ui/alert";

export const generateMetadata = pageTitle("account", "title");

const card = "rounded-lg border border-slate-200 p-5";

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
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("username", { username: user.username })}</p>
      {emailChanged ? <Alert tone="success">{t("emailChanged")}</Alert> : null}
      <section aria-labelledby="profile" className={card}>
        <h2 id="profile" className="mb-3 text-xl font-bold text-brand-900">
          {t("profileTitle")}
        </h2>
        <ProfileForm
          firstName={user.firstName}
          lastName={user.lastName}
          nameLocked={Boolean(user.nameLockedAt)}
          track={user.track}
          professionalCategory={user.professionalCategory}
          trackChanges={Object.fromEntries(
            trackChanges.map((change) => [
              change.to,
              <TrackChangeNote key={change.to} change={change} locale={locale} />,
            ]),
          )}
        />
      </section>
      <section aria-labelledby="email" className={card}>
        <h2 id="email" className="mb-3 text-xl font-bold text-brand-900">
          {t("emailTitle")}
        </h2>
        <ChangeEmailForm email={user.email} />
      </section>
      <section aria-labelledby="password" className={card}>
        <h2 id="password" className="mb-3 text-xl font-bold text-brand-900">
          {t("passwordTitle")}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="remember" className={card}>
        <h2 id="remember" className="mb-3 text-xl font-bold text-brand-900">
          {t("rememberTitle")}
        </h2>
        <RememberUsernameForm remember={user.rememberUsername} />
      </section>
      <section aria-labelledby="data" className={card}>
        <h2 id="data" className="text-xl font-bold text-brand-900">
          {t("dataTitle")}
        </h2>
        <p className="mt-2">{t("dataText")}</p>
        <Link href="/account/privacy" className="mt-3 inline-block font-semibold text-brand-800 underline">
          {t("dataLink")}
        </Link>
      </section>
    </div>
  );
}
