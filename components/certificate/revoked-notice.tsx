import { getFormatter, getTranslations } from "next-intl/server";
import type { RevocationStatus } from "@/lib/certificates/signing/revocations";
import { Link } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";

/** "Revoked on …, reason …", and the certificate that replaces it, checkable in one click. */
export async function RevokedNotice({
  locale,
  revokedAt,
  reason,
  replacedBy,
  signed,
}: {
  locale: string;
  revokedAt: Date;
  reason: Extract<RevocationStatus, { status: "revoked" }>["reason"];
  replacedBy: string | null;
  /** A signed link (its claims are shown below) rather than a bare code. */
  signed: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "verify" });
  const format = await getFormatter({ locale });
  const date = format.dateTime(revokedAt, { dateStyle: "long", timeZone: "Europe/Paris" });
  return (
    <Alert>
      <p>
        {t(signed ? "signedRevoked" : "codeRevoked", { date })} {t(`reason_${reason}`)}{" "}
        {replacedBy ? t("signedReplaced", { code: replacedBy }) : null}
      </p>
      {replacedBy ? (
        <p className="mt-2">
          <Link href={`/verify/${replacedBy}`} locale={locale} className="font-semibold underline">
            {t("replacementLink", { code: replacedBy })}
          </Link>
        </p>
      ) : null}
    </Alert>
  );
}
