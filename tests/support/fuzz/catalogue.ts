// Every server action and route handler, and the fuzz test file that covers it. The coverage test
// (tests/integration/fuzz/coverage.test.ts) discovers them from the source and fails on any that is
// missing here; each fuzz file fails if it does not run every entry of its area.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type FuzzArea =
  | "auth"
  | "account"
  | "quiz"
  | "certificates"
  | "checklists"
  | "privacy"
  | "staff"
  | "organisations"
  | "statistics"
  | "routes-auth"
  | "identities"
  | "routes";

export const FUZZ_CATALOGUE: Record<string, FuzzArea> = {
  // server actions ("use server" files)
  "lib/auth/actions.ts#registerAction": "auth",
  "lib/auth/actions.ts#oidcSignInAction": "auth",
  "lib/auth/actions.ts#completeOidcRegistrationAction": "auth",
  "lib/auth/identity-actions.ts#linkExistingAccountAction": "identities",
  "lib/auth/identity-actions.ts#linkProviderAction": "identities",
  "lib/auth/identity-actions.ts#unlinkProviderAction": "identities",
  "lib/auth/actions.ts#signInAction": "auth",
  "lib/auth/actions.ts#signOutAction": "auth",
  "lib/auth/actions.ts#extendSessionAction": "auth",
  "lib/auth/actions.ts#forgotPasswordAction": "auth",
  "lib/auth/actions.ts#resetPasswordAction": "auth",
  "lib/auth/actions.ts#reauthAction": "auth",
  "lib/auth/actions.ts#acceptPolicyAction": "auth",
  "lib/auth/actions.ts#confirmEmailAction": "auth",
  "lib/auth/actions.ts#enrolSecondFactorAction": "auth",
  "lib/auth/actions.ts#verifySecondFactorAction": "auth",
  "lib/account/actions.ts#updateProfileAction": "account",
  "lib/account/actions.ts#changePasswordAction": "account",
  "lib/account/actions.ts#changeEmailAction": "account",
  "lib/account/actions.ts#confirmEmailChangeAction": "account",
  "lib/account/actions.ts#rememberUsernameAction": "account",
  "lib/quiz/actions.ts#submitQuizAction": "quiz",
  "lib/certificates/actions.ts#issueCertificateAction": "certificates",
  "lib/checklists/actions.ts#saveChecklistAction": "checklists",
  "lib/privacy/actions.ts#deleteAccountAction": "privacy",
  "lib/privacy/actions.ts#dataRequestAction": "privacy",
  "lib/staff/actions.ts#setDataRequestStatusAction": "staff",
  "lib/staff/actions.ts#verifyDataRequestIdentityAction": "staff",
  "lib/staff/actions.ts#recordDataRequestAction": "staff",
  "lib/staff/actions.ts#publishPolicyAction": "staff",
  "lib/staff/actions.ts#rectifyCertificateAction": "staff",
  "lib/organisations/actions.ts#createOrganisationAction": "organisations",
  "lib/organisations/actions.ts#createInvitationLinkAction": "organisations",
  "lib/organisations/actions.ts#revokeInvitationAction": "organisations",
  "lib/organisations/actions.ts#inviteByCsvAction": "organisations",
  "lib/organisations/actions.ts#answerInvitationAction": "organisations",
  "lib/organisations/actions.ts#leaveOrganisationAction": "organisations",
  "lib/organisations/actions.ts#removeMemberAction": "organisations",
  "lib/organisations/actions.ts#transferOrganisationAction": "organisations",
  "lib/organisations/actions.ts#deleteOrganisationAction": "organisations",
  // route handlers (app/api/**/route.ts)
  "app/api/auth/[...nextauth]/route.ts#GET": "routes-auth",
  "app/api/auth/[...nextauth]/route.ts#POST": "routes-auth",
  "app/api/auth/oidc-logout-callback/route.ts#GET": "identities",
  "app/api/certificates/[code]/pdf/route.ts#GET": "routes",
  "app/api/certificates/[code]/open-badge/route.ts#GET": "routes",
  "app/.well-known/vigie-certificate-keys.json/route.ts#GET": "routes",
  "app/api/account/export/route.ts#GET": "routes",
  "app/api/cron/purge/route.ts#GET": "routes",
  "app/api/health/route.ts#GET": "routes",
  "app/api/live/route.ts#GET": "routes",
  "app/api/me/route.ts#GET": "routes",
  "app/api/metrics/route.ts#GET": "routes",
  "app/api/me/position/route.ts#POST": "routes",
  "app/api/checklists/[checklistId]/pdf/route.ts#GET": "routes",
  "app/api/resources/steward-briefing/route.ts#GET": "routes",
  "app/api/organisations/[organisationId]/report/route.ts#GET": "organisations",
  "app/api/organisations/[organisationId]/report/route.ts#POST": "organisations",
  "app/api/organisations/[organisationId]/report/route.ts#PUT": "organisations",
  "app/api/organisations/[organisationId]/report/route.ts#PATCH": "organisations",
  "app/api/organisations/[organisationId]/report/route.ts#DELETE": "organisations",
  "app/api/staff/statistics/[table]/route.ts#GET": "statistics",
  "app/api/staff/statistics/[table]/route.ts#POST": "statistics",
  "app/api/staff/statistics/[table]/route.ts#PUT": "statistics",
  "app/api/staff/statistics/[table]/route.ts#PATCH": "statistics",
  "app/api/staff/statistics/[table]/route.ts#DELETE": "statistics",
  // GET-only routes refuse the other methods themselves (lib/request-body.ts refuseBodyMethods)
  "app/api/account/export/route.ts#POST": "routes",
  "app/api/account/export/route.ts#PUT": "routes",
  "app/api/account/export/route.ts#PATCH": "routes",
  "app/api/account/export/route.ts#DELETE": "routes",
  "app/api/certificates/[code]/pdf/route.ts#POST": "routes",
  "app/api/certificates/[code]/pdf/route.ts#PUT": "routes",
  "app/api/certificates/[code]/pdf/route.ts#PATCH": "routes",
  "app/api/certificates/[code]/pdf/route.ts#DELETE": "routes",
  "app/api/certificates/[code]/open-badge/route.ts#POST": "routes",
  "app/api/certificates/[code]/open-badge/route.ts#PUT": "routes",
  "app/api/certificates/[code]/open-badge/route.ts#PATCH": "routes",
  "app/api/certificates/[code]/open-badge/route.ts#DELETE": "routes",
  "app/.well-known/vigie-certificate-keys.json/route.ts#POST": "routes",
  "app/.well-known/vigie-certificate-keys.json/route.ts#PUT": "routes",
  "app/.well-known/vigie-certificate-keys.json/route.ts#PATCH": "routes",
  "app/.well-known/vigie-certificate-keys.json/route.ts#DELETE": "routes",
  "app/api/cron/purge/route.ts#POST": "routes",
  "app/api/cron/purge/route.ts#PUT": "routes",
  "app/api/cron/purge/route.ts#PATCH": "routes",
  "app/api/cron/purge/route.ts#DELETE": "routes",
  "app/api/health/route.ts#POST": "routes",
  "app/api/health/route.ts#PUT": "routes",
  "app/api/health/route.ts#PATCH": "routes",
  "app/api/health/route.ts#DELETE": "routes",
  "app/api/live/route.ts#POST": "routes",
  "app/api/live/route.ts#PUT": "routes",
  "app/api/live/route.ts#PATCH": "routes",
  "app/api/live/route.ts#DELETE": "routes",
  "app/api/me/route.ts#POST": "routes",
  "app/api/me/route.ts#PUT": "routes",
  "app/api/me/route.ts#PATCH": "routes",
  "app/api/me/route.ts#DELETE": "routes",
  "app/api/metrics/route.ts#POST": "routes",
  "app/api/metrics/route.ts#PUT": "routes",
  "app/api/metrics/route.ts#PATCH": "routes",
  "app/api/metrics/route.ts#DELETE": "routes",
  "app/api/checklists/[checklistId]/pdf/route.ts#POST": "routes",
  "app/api/checklists/[checklistId]/pdf/route.ts#PUT": "routes",
  "app/api/checklists/[checklistId]/pdf/route.ts#PATCH": "routes",
  "app/api/checklists/[checklistId]/pdf/route.ts#DELETE": "routes",
  "app/api/resources/steward-briefing/route.ts#POST": "routes",
  "app/api/resources/steward-briefing/route.ts#PUT": "routes",
  "app/api/resources/steward-briefing/route.ts#PATCH": "routes",
  "app/api/resources/steward-briefing/route.ts#DELETE": "routes",
};

export function catalogueOf(area: FuzzArea): string[] {
  return Object.entries(FUZZ_CATALOGUE)
    .filter(([, a]) => a === area)
    .map(([k]) => k)
    .sort();
}

const ROOT = path.join(import.meta.dirname, "../../..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const HTTP_METHODS = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/;

/** Exports of every "use server" module under lib/ and app/, and every route handler method under app/. */
export function discoverTargets(): string[] {
  const found: string[] = [];
  for (const file of [...walk(path.join(ROOT, "lib")), ...walk(path.join(ROOT, "app"))].filter((f) =>
    /\.(ts|tsx)$/.test(f),
  )) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    const source = readFileSync(file, "utf8");
    if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) {
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) found.push(`${rel}#${m[1]}`);
      for (const m of source.matchAll(/export\s+const\s+(\w+)/g)) found.push(`${rel}#${m[1]}`);
    }
    if (rel.startsWith("app/") && /\/route\.(ts|tsx)$/.test(rel)) {
      const names = [
        ...[...source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1] ?? ""),
        ...[...source.matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1] ?? ""),
        ...[...source.matchAll(/export\s*(?:const\s*)?\{([^}]*)\}/g)].flatMap((m) =>
          (m[1] ?? "").split(",").map(
            (s) =>
              s
                .trim()
                .split(/\s+as\s+/)
                .at(-1) ?? "",
          ),
        ),
      ];
      for (const name of names.filter((n) => HTTP_METHODS.test(n))) found.push(`${rel}#${name}`);
    }
  }
  return [...new Set(found)].sort();
}
