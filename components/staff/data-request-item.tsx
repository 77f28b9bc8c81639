import Link from "next/link";
import type { getFormatter, getTranslations } from "next-intl/server";
import { ACCOUNTABILITY_MS } from "@/lib/privacy/retention";
import { deadlineDate, isOverdue, responseDeadline } from "@/lib/privacy/request-deadline";
import { isTerminal } from "@/lib/privacy/request-workflow";
import type { QueuedDataRequest } from "@/lib/staff/request-queries";
import type { RectificationContext } from "@/lib/certificates/rectification";
import { RectifyForm } from "./rectify-form";

/** The page's translators and formatter, passed down so the item renders synchronously. */
export interface DataRequestItemText {
  t: Awaited<ReturnType<typeof getTranslations<"staff">>>;
  tp: Awaited<ReturnType<typeof getTranslations<"privacy">>>;
  td: Awaited<ReturnType<typeof getTranslations<"staffConsole.dpo">>>;
  format: Awaited<ReturnType<typeof getFormatter>>;
}

/**
 * One request in the DPO queue: what, who, when it is due, where it stands, and the link to its page
 * (history and steps). An overdue request says so in words, not only in colour. Once the account is
 * gone it is an anonymous record (reference, type, received, handled, by whom).
 */
export function DataRequestItem({
  request: r,
  locale,
  now,
  rectification,
  text: { t, tp, td, format },
}: {
  request: QueuedDataRequest;
  locale: string;
  now: Date;
  /** The learner's certified name and certificates, when the request may rectify them. */
  rectification?: RectificationContext;
  text: DataRequestItemText;
}) {
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const overdue = isOverdue(r, now);
  const due = format.dateTime(deadlineDate(responseDeadline(r.createdAt)), { dateStyle: "medium" });
  const by =
    r.fulfilledBy === "staff"
      ? r.fulfilledByUsername
        ? t("by_staff", { name: r.fulfilledByUsername })
        : t("by_staffGone")
      : r.fulfilledBy
        ? t(`by_${r.fulfilledBy}`)
        : "";
  return (
    <li className={`rounded border p-3 ${overdue ? "border-l-8 border-red-800 bg-red-50" : "border-slate-200"}`}>
      <p className="font-semibold">
        {overdue ? (
          <strong className="mr-2 rounded bg-red-800 px-2 py-0.5 text-sm text-white">{td("overdue")}</strong>
        ) : null}
        {tp(`kind_${r.kind}`)} — {r.username ?? t("accountDeleted")} — {when(r.createdAt)}
      </p>
      <p className="text-sm">
        <span className="rounded bg-slate-100 px-2 py-0.5">{tp(`status_${r.status}`)}</span>
        {r.username !== null && !r.fulfilledAt ? <> — {td("deadline", { date: due })}</> : null}
      </p>
      <p className="text-sm text-muted">
        {t("reference")} <code className="break-all">{r.id}</code>
      </p>
      {r.message ? <p className="mt-1 line-clamp-3 whitespace-pre-wrap text-slate-800">{r.message}</p> : null}
      {r.fulfilledAt ? <p className="mt-1">{t("fulfilledOn", { date: when(r.fulfilledAt), by })}</p> : null}
      {r.username === null ? (
        <p className="mt-1 text-sm text-slate-700">
          {t("anonymousRecord", {
            date: format.dateTime(new Date((r.fulfilledAt ?? r.updatedAt).getTime() + ACCOUNTABILITY_MS), {
              dateStyle: "long",
            }),
          })}
        </p>
      ) : null}
      <p className="mt-2">
        <Link href={`/${locale}/staff/requests/${r.id}`} className="font-semibold text-brand-800 underline">
          {td("openRequest", { reference: r.id.slice(0, 8) })}
        </Link>
      </p>
      {r.kind === "rectification" && !isTerminal(r.status) && rectification ? (
        <section aria-labelledby={`rectify-title-${r.id}`} className="mt-4 border-t border-slate-200 pt-3">
          <h3 id={`rectify-title-${r.id}`} className="font-semibold text-brand-900">
            {t("rectifyTitle")}
          </h3>
          <p className="mt-1">
            {t("rectifyLead", {
              name: `${rectification.firstName} ${rectification.lastName}`,
              codes: rectification.codes.join(", "),
            })}
          </p>
          <p className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-red-900">{t("rectifyWarning")}</p>
          <RectifyForm
            requestId={r.id}
            current={{ firstName: rectification.firstName, lastName: rectification.lastName }}
            text={{
              firstName: t("rectifyFirstName"),
              lastName: t("rectifyLastName"),
              confirm: t("rectifyConfirm"),
              submit: t("rectifySubmit"),
              preview: t.raw("rectifyPreview") as string,
            }}
          />
        </section>
      ) : null}
    </li>
  );
}
