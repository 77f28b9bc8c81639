import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { deadlineDate, isOverdue, responseDeadline } from "@/lib/privacy/request-deadline";
import { IDENTITY_METHODS } from "@/lib/privacy/request-vocabulary";
import { isTerminal, needsIdentityCheck, nextStatuses } from "@/lib/privacy/request-workflow";
import { findDataRequest } from "@/lib/staff/request-queries";
import { PageTitle } from "@/components/layout/page-title";
import { Section } from "@/components/ui/section";
import { IdentityForm, StatusStepForm } from "@/components/staff/data-request-forms";
import { RequestHistory } from "@/components/staff/request-history";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, id } = await params;
  const td = await getTranslations({ locale, namespace: "staffConsole.dpo" });
  return { title: td("detailTitle", { reference: id.slice(0, 8) }) };
}

/** One request: what was asked, its deadline, the identity check when needed, the next step and its history. */
export default async function DataRequestPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, `/${locale}/staff/requests/${id}`);
  const found = z.uuid().safeParse(id).success ? await findDataRequest(id) : null;
  if (!found) notFound();
  const { request: r, history } = found;
  const [td, tp, format] = await Promise.all([
    getTranslations({ locale, namespace: "staffConsole.dpo" }),
    getTranslations({ locale, namespace: "privacy" }),
    getFormatter({ locale }),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const due = format.dateTime(deadlineDate(responseDeadline(r.createdAt)), { dateStyle: "long" });
  const overdue = isOverdue(r, clockNow());
  const open = r.username !== null && !isTerminal(r.status);
  const identityNeeded = needsIdentityCheck(r);
  const facts: [string, React.ReactNode][] = [
    [td("kind"), tp(`kind_${r.kind}`)],
    [td("account"), r.username ?? "—"],
    [td("received"), when(r.createdAt)],
    [td("channel"), td(`channel_${r.channel}`)],
    [td("state"), tp(`status_${r.status}`)],
    [td("due"), due],
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <StaffNav locale={locale} labels={await staffNavLabels(locale)} />
      <p>
        <Link className="text-brand-800 underline" href={`/${locale}/staff#requests`}>
          {td("backToQueue")}
        </Link>
      </p>
      <PageTitle title={td("detailTitle", { reference: r.id.slice(0, 8) })} />
      {overdue ? (
        <p className="rounded border-l-8 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {td("overdueSince", { date: due })}
        </p>
      ) : null}
      <Section id="facts" title={td("facts")} frame="plain">
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="mb-2 sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
        {r.message ? (
          <>
            <h3 className="mt-4 font-semibold">{td("message")}</h3>
            <p className="mt-1 whitespace-pre-wrap break-words">{r.message}</p>
          </>
        ) : null}
        {r.response ? (
          <>
            <h3 className="mt-4 font-semibold">{td("response")}</h3>
            <p className="mt-1 whitespace-pre-wrap break-words">{r.response}</p>
          </>
        ) : null}
      </Section>
      <Section id="identity" title={td("identityTitle")} frame="plain">
        {identityNeeded ? (
          <p className="mt-2">{td("identityRule")}</p>
        ) : (
          <p className="mt-2">{td("identityNotNeeded")}</p>
        )}
        {r.identityVerifiedAt && r.identityMethod ? (
          <p className="mt-2 font-semibold">
            {td("identityVerified", { date: when(r.identityVerifiedAt), method: td(`method_${r.identityMethod}`) })}
          </p>
        ) : identityNeeded && open ? (
          <div className="mt-3">
            <IdentityForm
              id={r.id}
              methods={IDENTITY_METHODS.map((m) => ({ value: m, label: td(`method_${m}`) }))}
              text={{ method: td("identityMethod"), submit: td("identitySubmit"), done: td("identityDone") }}
            />
          </div>
        ) : null}
      </Section>
      <Section id="step" title={td("stepTitle")} frame="plain">
        {open ? (
          <div className="mt-3">
            <StatusStepForm
              id={r.id}
              statuses={nextStatuses(r.status).map((s) => ({ value: s, label: tp(`status_${s}`) }))}
              text={{
                status: td("nextStatus"),
                choose: td("nextStatusChoose"),
                note: td("note"),
                noteHint: td("noteHint"),
                submit: td("stepSubmit"),
                done: td("stepDone"),
              }}
            />
          </div>
        ) : (
          <p className="mt-2">{td("final")}</p>
        )}
      </Section>
      <Section id="history" title={td("historyTitle")} frame="plain">
        <RequestHistory history={history} td={td} tp={tp} format={format} />
      </Section>
    </div>
  );
}
