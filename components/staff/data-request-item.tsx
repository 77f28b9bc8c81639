import type { getFormatter, getTranslations } from "next-intl/server";
import { ACCOUNTABILITY_MS } from "@/lib/privacy/retention";
import { setDataRequestStatusAction } from "@/lib/staff/actions";
import type { QueuedDataRequest } from "@/lib/staff/queries";
import { buttonStyles } from "@/components/ui/button";
import { PermalinkForm } from "@/components/ui/permalink-form";

const STATUSES = ["received", "in_progress", "closed"] as const;

/** The page's translators and formatter, passed down so the item renders synchronously. */
export interface DataRequestItemText {
  t: Awaited<ReturnType<typeof getTranslations<"staff">>>;
  tp: Awaited<ReturnType<typeof getTranslations<"privacy">>>;
  format: Awaited<ReturnType<typeof getFormatter>>;
}

/**
 * One request in the DPO queue. Once the account is gone it is an anonymous record (reference, type,
 * received, handled, by whom), shown without a form: it can no longer change.
 */
export function DataRequestItem({
  request: r,
  locale,
  text: { t, tp, format },
}: {
  request: QueuedDataRequest;
  locale: string;
  text: DataRequestItemText;
}) {
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const anonymous = r.username === null;
  const by =
    r.fulfilledBy === "staff"
      ? r.fulfilledByUsername
        ? t("by_staff", { name: r.fulfilledByUsername })
        : t("by_staffGone")
      : r.fulfilledBy
        ? t(`by_${r.fulfilledBy}`)
        : "";
  return (
    <li className="rounded border border-slate-200 p-3">
      <p className="font-semibold">
        {tp(`kind_${r.kind}`)} — {r.username ?? t("accountDeleted")} — {when(r.createdAt)}
      </p>
      <p className="text-sm text-muted">
        {t("reference")} <code className="break-all">{r.id}</code>
      </p>
      {r.message ? <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.message}</p> : null}
      {r.fulfilledAt ? <p className="mt-1">{t("fulfilledOn", { date: when(r.fulfilledAt), by })}</p> : null}
      {anonymous ? (
        <p className="mt-1 text-sm text-slate-700">
          {t("anonymousRecord", {
            date: format.dateTime(new Date((r.fulfilledAt ?? r.updatedAt).getTime() + ACCOUNTABILITY_MS), {
              dateStyle: "long",
            }),
          })}
        </p>
      ) : (
        <PermalinkForm action={setDataRequestStatusAction} className="mt-2 flex flex-wrap items-end gap-2">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={r.id} />
          <label className="text-sm">
            {t("status")}{" "}
            <select name="status" defaultValue={r.status} className="rounded border border-slate-500 px-2 py-1">
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tp(`status_${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonStyles("primary", "sm")}>
            {t("update")}
          </button>
        </PermalinkForm>
      )}
    </li>
  );
}
