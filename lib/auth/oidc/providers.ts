// The OIDC providers this process offers, from the environment, parsed once; each problem is logged once.
import "server-only";
import { env } from "@/lib/env.mjs";
import { logger } from "@/lib/observability/logger";
import { parseOidcSettings, type OidcProviderId, type OidcProviderSettings } from "./settings";

const globalForOidc = globalThis as unknown as { vigieOidc?: OidcProviderSettings[] };

export function configuredOidcProviders(): OidcProviderSettings[] {
  if (!globalForOidc.vigieOidc) {
    const { providers, problems } = parseOidcSettings(env);
    for (const { variable, message } of problems)
      logger.warn(`Invalid environment variable ${variable}: ${message}; that sign-in button is hidden`);
    globalForOidc.vigieOidc = providers;
  }
  return globalForOidc.vigieOidc;
}

export function isOidcProviderConfigured(id: OidcProviderId): boolean {
  return configuredOidcProviders().some((p) => p.id === id);
}
