import "./print.css";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { requireAccess } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import { getDataSummary } from "@/lib/privacy/summary";
import { formatVideoTime } from "@/lib/progress/personal";
import { PrintButton } from "@/components/ui/print-button";
import { Heading } from "@/components/ui/heading";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("dataSummary", "title");

const section = "mt-8 break-inside-auto";
const empty = "mt-2 text-slate-700";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-x-4 py-1.5 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

// The learner's own data, in their language and in words (GDPR art. 12): the same data as the JSON export,
// read through the course content. Same door as the export: the owner, signed in within 10 minutes
// (otherwise the password is asked on the way and the page follows); a pending policy never blocks it.
export default async function DataSummaryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { user } = await requireAccess("recent", locale, `/${locale}/account/privacy/summary`, false);
  const summary = await getDataSummary(user.id, locale, now());
  if (!summary) notFound();
  const t = await getTranslations({ locale, namespace: "dataSummary" });
  const tp = await getTranslations({ locale, namespace: "privacy" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const { profile } = summary;
  return (
    <article className="max-w-3xl" data-data-summary>
      <Heading level={1}>{t("title")}</Heading>
      <p className="mt-3 text-lg text-slate-700">{t("lead", { date: date(summary.exportedAt) })}</p>
      <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-3" data-print-hidden>
        <PrintButton label={t("print")} />
        <a className="font-semibold text-brand-800 underline" href="/api/account/export">
          {t("json")}
        </a>
        <Link className="text-brand-800 underline" href="/account/privacy">
          {t("back")}
        </Link>
      </div>

      <Section id="who" title={t("whoTitle")} frame="plain" prominent className={section}>
        <dl className="mt-2 divide-y divide-slate-200">
          <Row label={t("firstName")}>{profile.firstName}</Row>
          <Row label={t("lastName")}>{profile.lastName}</Row>
          <Row label={t("username")}>{profile.username}</Row>
          <Row label={t("email")}>{profile.email}</Row>
          <Row label={t("track")}>{ta(`track_${profile.track}`)}</Row>
          {profile.professionalCategory ? (
            <Row label={t("category")}>{ta(`category_${profile.professionalCategory}`)}</Row>
          ) : null}
          <Row label={t("language")}>{t(`language_${profile.locale}`)}</Row>
          <Row label={t("role")}>{t(`role_${profile.role}`)}</Row>
          <Row label={t("createdAt")}>{date(profile.createdAt)}</Row>
          <Row label={t("ageConfirmedAt")}>{date(profile.ageConfirmedAt)}</Row>
          <Row label={t("emailVerifiedAt")}>
            {profile.emailVerifiedAt ? date(profile.emailVerifiedAt) : t("notYet")}
          </Row>
          {profile.nameLockedAt ? <Row label={t("nameLockedAt")}>{date(profile.nameLockedAt)}</Row> : null}
          {profile.namesVerifiedBy ? <Row label={t("namesVerifiedBy")}>{profile.namesVerifiedBy}</Row> : null}
          {summary.identities.map((i) => (
            <Row key={`${i.provider}-${i.subject}`} label={t("identity", { provider: i.provider })}>
              {t("identityValue", { provider: i.provider, date: date(i.linkedAt) })}{" "}
              <span className="font-mono break-all">{i.subject}</span>
            </Row>
          ))}
          <Row label={t("lastActivityAt")}>{date(profile.lastActivityAt)}</Row>
          <Row label={t("rememberUsername")}>{profile.rememberUsername ? t("yes") : t("no")}</Row>
        </dl>
      </Section>

      <Section id="consents" title={t("consentsTitle")} frame="plain" prominent className={section}>
        {summary.consents.length === 0 ? (
          <p className={empty}>{t("consentsNone")}</p>
        ) : (
          <DataTable
            className="mt-3"
            columns={[t("policy"), t("version"), t("acceptedAt")]}
            rows={summary.consents.map((c) => ({
              key: `${c.kind}-${c.version}`,
              cells: [t(`policy_${c.kind}`), c.version, date(c.acceptedAt)],
            }))}
          />
        )}
      </Section>

      <Section id="units" title={t("unitsTitle")} frame="plain" prominent className={section}>
        {summary.units.length === 0 ? <p className={empty}>{t("unitsNone")}</p> : null}
        {summary.units.map((unit) => (
          <div key={unit.unitId} className="mt-5 rounded-lg border border-slate-200 p-4">
            <h3 className="text-xl font-semibold text-brand-900">{unit.title}</h3>
            <p className="text-sm text-slate-700">{unit.moduleTitle ?? t("unitRemoved")}</p>
            <p className="mt-2">
              {unit.firstViewedAt ? t("firstViewed", { date: date(unit.firstViewedAt) }) : t("notViewed")}{" "}
              {unit.validatedAt && unit.bestScorePercent !== null
                ? t("validated", { date: date(unit.validatedAt), percent: unit.bestScorePercent })
                : t("notValidated")}
            </p>
            {unit.attempts.length === 0 ? (
              <p className={empty}>{t("attemptsNone")}</p>
            ) : (
              <ol className="mt-3 space-y-4">
                {unit.attempts.map((attempt, i) => (
                  <li key={attempt.submittedAt.toISOString()} data-print-keep>
                    <h4 className="font-semibold">
                      {t("attempt", {
                        n: i + 1,
                        date: date(attempt.submittedAt),
                        percent: attempt.scorePercent,
                        correct: attempt.correctCount,
                        total: attempt.questionCount,
                        outcome: attempt.passed ? t("passed") : t("failed"),
                      })}
                    </h4>
                    <dl className="mt-1 space-y-2 border-l-4 border-slate-200 pl-3">
                      {attempt.answers.map((a) => (
                        <div key={a.questionId}>
                          <dt>{a.prompt ?? t("questionRemoved", { id: a.questionId })}</dt>
                          <dd className="text-slate-800">
                            <span className="font-semibold">{t("yourAnswer")}</span>{" "}
                            {a.chosen.length ? a.chosen.join(" ; ") : t("noAnswer")}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </Section>

      {summary.positions.length ? (
        <Section id="positions" title={t("positionsTitle")} frame="plain" prominent className={section}>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {summary.positions.map((p) => (
              <li key={p.unitId}>
                {t("position", {
                  unit: p.title,
                  where: [
                    p.sectionIndex === null ? t("positionStart") : t("positionSection", { n: p.sectionIndex + 1 }),
                    ...(p.videoSeconds > 0 ? [t("positionVideo", { time: formatVideoTime(p.videoSeconds) })] : []),
                  ].join(", "),
                  date: date(p.updatedAt),
                })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {summary.organisations.length ? (
        <Section id="organisations" title={t("organisationsTitle")} frame="plain" prominent className={section}>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {summary.organisations.map((o) => (
              <li key={`${o.name}-${o.consentedAt.toISOString()}`}>
                {t("organisation", {
                  name: o.name,
                  role: t(`organisationRole_${o.role}`),
                  date: date(o.consentedAt),
                })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {summary.checklists.length ? (
        <Section id="checklists" title={t("checklistsTitle")} frame="plain" prominent className={section}>
          <ul className="mt-2 space-y-3">
            {summary.checklists.map((c) => (
              <li key={c.checklistId} data-print-keep>
                <p>
                  {c.total === null
                    ? t("checklistRemoved", { title: c.title, done: c.ticked.length, date: date(c.updatedAt) })
                    : t("checklist", {
                        title: c.title,
                        unit: c.unitTitle,
                        done: c.ticked.length,
                        total: c.total,
                        date: date(c.updatedAt),
                      })}
                </p>
                <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
                  {c.ticked.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="certificates" title={t("certificatesTitle")} frame="plain" prominent className={section}>
        {summary.certificates.length === 0 ? (
          <p className={empty}>{t("certificatesNone")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {summary.certificates.map((c) => (
              <li key={c.verificationCode}>
                {t("certificate", {
                  track: ta(`track_${c.track}`),
                  name: c.name,
                  date: day(c.issuedAt),
                  code: c.verificationCode,
                })}
                {c.namesVerifiedBy ? ` ${t("certificateVerified", { provider: c.namesVerifiedBy })}` : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="requests" title={t("requestsTitle")} frame="plain" prominent className={section}>
        {summary.dataRequests.length === 0 ? (
          <p className={empty}>{t("requestsNone")}</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {summary.dataRequests.map((r) => (
              <li key={r.createdAt.toISOString()} data-print-keep>
                <p>
                  {t("request", {
                    kind: tp(`kind_${r.kind}`),
                    date: date(r.createdAt),
                    status: tp(`status_${r.status}`),
                    updated: date(r.updatedAt),
                  })}
                </p>
                <p className="mt-1 whitespace-pre-line border-l-4 border-slate-200 pl-3 text-slate-800">{r.message}</p>
                {r.history.length ? (
                  <>
                    <p className="mt-2 font-semibold">{t("requestSteps")}</p>
                    <ol className="mt-1 list-decimal space-y-1 pl-6">
                      {r.history.map((e, i) => (
                        <li key={i}>
                          {t(`requestStep_${e.step}`, {
                            date: date(e.at),
                            to: e.toStatus ? tp(`status_${e.toStatus}`) : "",
                            method: e.identityMethod ? t(`identity_${e.identityMethod}`) : "",
                          })}
                          {e.note ? (
                            <span className="block whitespace-pre-line text-slate-800">
                              {t("requestStepNote", { note: e.note })}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="sessions" title={t("sessionsTitle")} frame="plain" prominent className={section}>
        <p className="mt-2">{t("sessionsLead")}</p>
        {summary.sessions.length === 0 ? (
          <p className={empty}>{t("sessionsNone")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {summary.sessions.map((s) => (
              <li key={s.createdAt.toISOString() + s.expiresAt.toISOString()}>
                {t("session", {
                  created: date(s.createdAt),
                  authenticated: date(s.authenticatedAt),
                  end: s.active
                    ? t("sessionActive", { date: date(s.expiresAt) })
                    : t("sessionEnded", { date: date(s.expiresAt) }),
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="emails" title={t("emailsTitle")} frame="plain" prominent className={section}>
        {summary.emails.length === 0 ? (
          <p className={empty}>{t("emailsNone")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {summary.emails.map((e, i) => (
              <li key={i}>{t(`email_${e.status}`, { subject: e.subject, date: date(e.sentAt ?? e.createdAt) })}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="technical" title={t("technicalTitle")} frame="plain" prominent className={section}>
        <p className="mt-2">{t("technicalText")}</p>
      </Section>
    </article>
  );
}
