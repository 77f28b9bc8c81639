// OpenID Connect providers (FranceConnect, ProConnect) read from the environment, as a pure function:
// a provider is on only when its three variables are set and valid. A partial or invalid setting never
// stops the server: it is reported (one line naming the variable) and that provider stays off.
import { z } from "zod";

export const OIDC_PROVIDER_IDS = ["franceconnect", "proconnect"] as const;
export type OidcProviderId = (typeof OIDC_PROVIDER_IDS)[number];

export interface OidcProviderSettings {
  id: OidcProviderId;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface OidcSettingsProblem {
  variable: string;
  message: string;
}

export interface OidcSettings {
  providers: OidcProviderSettings[];
  problems: OidcSettingsProblem[];
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * An issuer is an https URL without query or fragment (OpenID Connect Discovery §3). Plain http is
 * accepted on the loopback interface only, for the local test provider: nothing else can answer there.
 */
export const issuerSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: "custom", message: "not a URL" });
    return;
  }
  if (url.search || url.hash) ctx.addIssue({ code: "custom", message: "must have no query or fragment" });
  const loopbackHttp = url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !loopbackHttp)
    ctx.addIssue({ code: "custom", message: "must be an https URL (http only on localhost)" });
});

const clientIdSchema = z.string().regex(/^[\x21-\x7e]{1,255}$/, "must be 1 to 255 printable ASCII characters");
const clientSecretSchema = z.string().min(16, "shorter than 16 characters").max(1024);

const FIELDS = [
  ["ISSUER", "issuer", issuerSchema],
  ["CLIENT_ID", "clientId", clientIdSchema],
  ["CLIENT_SECRET", "clientSecret", clientSecretSchema],
] as const;

export const oidcVariableName = (id: OidcProviderId, field: (typeof FIELDS)[number][0]) =>
  `OIDC_${id.toUpperCase()}_${field}`;

/** The names of every OIDC variable, for lib/env.mjs and the README. */
export const OIDC_VARIABLES = OIDC_PROVIDER_IDS.flatMap((id) => FIELDS.map(([field]) => oidcVariableName(id, field)));

/** The environment, or any object holding its variables (anything but text counts as unset). */
export type OidcVariables = Readonly<Record<string, unknown>>;

function readVariable(vars: OidcVariables, name: string): string | undefined {
  const value = vars[name];
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function parseProvider(id: OidcProviderId, vars: OidcVariables): OidcProviderSettings | OidcSettingsProblem | null {
  const values = FIELDS.map(([field]) => readVariable(vars, oidcVariableName(id, field)));
  if (values.every((v) => v === undefined)) return null;
  const settings: Record<string, string> = {};
  for (const [index, [field, key, schema]] of FIELDS.entries()) {
    const variable = oidcVariableName(id, field);
    const value = values[index];
    if (value === undefined) return { variable, message: "missing (the other two are set)" };
    const parsed = schema.safeParse(value);
    if (!parsed.success) return { variable, message: parsed.error.issues[0]?.message ?? "invalid" };
    settings[key] = value;
  }
  const issuer = settings.issuer!.replace(/\/+$/, "");
  return { id, issuer, clientId: settings.clientId!, clientSecret: settings.clientSecret! };
}

/** At most one problem per provider: the first variable at fault, named. */
export function parseOidcSettings(vars: OidcVariables): OidcSettings {
  const settings: OidcSettings = { providers: [], problems: [] };
  for (const id of OIDC_PROVIDER_IDS) {
    const outcome = parseProvider(id, vars);
    if (!outcome) continue;
    if ("variable" in outcome) settings.problems.push(outcome);
    else settings.providers.push(outcome);
  }
  return settings;
}
