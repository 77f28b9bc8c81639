"use client";

import { useFormatter, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { initialResult } from "@/lib/action-result";
import { extendSessionAction } from "@/lib/auth/actions";
import { nextCheckIn, sessionPhase, type SessionPhase } from "@/lib/auth/session-warning";
import { now as clockNow } from "@/lib/clock";
import { usePersonal } from "@/components/personal/use-personal";
import { SubmitButton } from "@/components/ui/form";

/**
 * Five minutes before the session ends, a warning with a button to stay signed in (RGAA 13.1); once it
 * has ended, a way back that keeps the page as it is. Nothing is shown the rest of the time.
 */
export function SessionWarning() {
  const t = useTranslations("session");
  const format = useFormatter();
  const pathname = usePathname();
  const personal = usePersonal();
  const [extended, extend, pending] = useActionState(extendSessionAction, initialResult);
  const known = personal.state === "signedIn" ? personal.me.sessionExpiresAt : null;
  const expiresAt = extended.ok ? new Date(extended.data.expires) : known ? new Date(known) : null;
  const [phase, setPhase] = useState<SessionPhase>("active");

  useEffect(() => {
    if (!expiresAt) return;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const now = clockNow();
      setPhase(sessionPhase(expiresAt, now));
      timer = setTimeout(check, nextCheckIn(expiresAt, now));
    };
    check();
    return () => clearTimeout(timer);
  }, [expiresAt?.getTime()]); // eslint-disable-line react-hooks/exhaustive-deps -- a new end date restarts the clock

  if (!expiresAt || phase === "active") return null;
  return (
    <div
      role="alert"
      className="fixed inset-x-0 bottom-0 z-50 border-t-4 border-amber-300 bg-amber-50 p-4 text-amber-950 shadow-lg"
    >
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-4">
        {phase === "ending" ? (
          <>
            <p className="flex-1">{t("ending", { time: format.dateTime(expiresAt, { timeStyle: "short" }) })}</p>
            <form action={extend}>
              <SubmitButton pending={pending}>{t("stay")}</SubmitButton>
            </form>
          </>
        ) : (
          <p className="flex-1">
            {t("ended")}{" "}
            <a
              className="font-semibold underline"
              href={`${pathname.split("/").slice(0, 2).join("/")}/sign-in?next=${encodeURIComponent(pathname)}`}
              target="_blank"
              rel="noopener"
            >
              {t("signInAgain")}
            </a>
          </p>
        )}
      </div>
    </div>
  );
}
