import QRCode from "qrcode";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import { getCurrentSession } from "@/lib/auth/session";
import { signInPath } from "@/lib/auth/paths";
import { safeNextPath } from "@/lib/auth/schemas";
import { getPendingEnrolment, getSecondFactorState } from "@/lib/auth/second-factor";
import { formatManualKey } from "@/lib/auth/totp";
import { PageTitle } from "@/components/layout/page-title";
import { EnrolSecondFactorForm, VerifySecondFactorForm } from "@/components/staff/second-factor-forms";

export const generateMetadata = pageTitle("staffConsole", "secondFactorTitle");

/** The sign-in's second step, staff only: enrol an authenticator the first time, then type its code. */
export default async function SecondFactorPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  const next = safeNextPath((await searchParams).next, locale);
  setRequestLocale(locale);
  const session = await getCurrentSession();
  if (!session) redirect(signInPath(locale, next));
  if (session.user.role !== "staff" || session.secondFactorAt) redirect(next);
  const t = await getTranslations({ locale, namespace: "staffConsole" });
  if ((await getSecondFactorState(session.user.id)) === "confirmed") {
    return (
      <div className="max-w-xl">
        <PageTitle title={t("secondFactorTitle")} lead={t("secondFactorLead")} />
        <div className="mt-6">
          <VerifySecondFactorForm
            next={next}
            text={{ code: t("code"), codeHint: t("codeHint"), verifySubmit: t("verifySubmit") }}
          />
        </div>
      </div>
    );
  }
  const enrolment = await getPendingEnrolment(session.user);
  if (!enrolment) redirect(next);
  const qr = await QRCode.toString(enrolment.uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return (
    <div className="max-w-2xl">
      <PageTitle title={t("enrolTitle")} lead={t("enrolLead")} />
      <ol className="mt-6 list-decimal space-y-4 pl-6">
        <li>{t("enrolStep1")}</li>
        <li>
          {t("enrolStep2")}
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
          <img
            src={`data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`}
            alt={t("qrAlt")}
            width={200}
            height={200}
            className="mt-3 border border-slate-300 bg-white"
          />
          <p className="mt-3">{t("manualKey")}</p>
          <p>
            <code className="font-mono text-lg break-all">{formatManualKey(enrolment.secret)}</code>
          </p>
        </li>
        <li>{t("enrolStep3")}</li>
      </ol>
      <div className="mt-6">
        <EnrolSecondFactorForm
          next={next}
          text={{
            enrolCode: t("enrolCode"),
            enrolSubmit: t("enrolSubmit"),
            recoveryTitle: t("recoveryTitle"),
            recoveryLead: t("recoveryLead"),
            continue: t("continue"),
          }}
        />
      </div>
    </div>
  );
}
