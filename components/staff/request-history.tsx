import type { getFormatter, getTranslations } from "next-intl/server";
import type { DataRequestHistory } from "@/lib/staff/request-queries";

/** A request's steps, oldest first: when, what, by whom, and the note the learner received. */
export function RequestHistory({
  history,
  td,
  tp,
  format,
}: {
  history: DataRequestHistory;
  td: Awaited<ReturnType<typeof getTranslations<"staffConsole.dpo">>>;
  tp: Awaited<ReturnType<typeof getTranslations<"privacy">>>;
  format: Awaited<ReturnType<typeof getFormatter>>;
}) {
  if (history.length === 0) return <p className="mt-2">{td("historyEmpty")}</p>;
  const status = (s: string | null) => (s ? tp(`status_${s}` as never) : "—");
  return (
    <ol className="mt-3 space-y-3 border-l-2 border-slate-300 pl-4">
      {history.map((e) => (
        <li key={e.id}>
          <p className="text-sm text-muted">
            <time dateTime={e.at.toISOString()}>
              {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>{" "}
            — {e.staffName ? td("by", { name: e.staffName }) : e.staffId ? td("byGone") : td("byNobody")}
          </p>
          <p className="font-semibold">
            {e.step === "status"
              ? td("step_status", { from: status(e.fromStatus), to: status(e.toStatus) })
              : e.step === "identity_verified"
                ? td("step_identity_verified", { method: e.identityMethod ? td(`method_${e.identityMethod}`) : "—" })
                : e.step === "account_deleted"
                  ? td("step_account_deleted", { to: status(e.toStatus) })
                  : td("step_recorded")}
          </p>
          {e.note ? <p className="whitespace-pre-wrap break-words">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
