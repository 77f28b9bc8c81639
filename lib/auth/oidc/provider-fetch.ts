// Every request to an identity provider (Auth.js's discovery, token and userinfo calls; the discovery and
// keys the ID token's signature is checked with) is bounded in time. One step of a sign-in (the start in
// the server action, the callback in the route) runs in an OidcStep: its requests share one budget, so a
// provider that refuses connections or never answers costs the person at most OIDC_PROVIDER_BUDGET_MS
// before the sign-in page says so, and the step learns that the provider, not the person, failed.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/** Well within the 10 s the person waits at most for a clear message (issue #18). */
export const OIDC_PROVIDER_BUDGET_MS = 8_000;

export interface OidcStep {
  deadline: number;
  /** A request to the provider failed to connect, timed out, or got a 5xx answer. */
  unreachable: boolean;
}

const globalForSteps = globalThis as unknown as { vigieOidcSteps?: AsyncLocalStorage<OidcStep> };
const steps = (globalForSteps.vigieOidcSteps ??= new AsyncLocalStorage<OidcStep>());

export function newOidcStep(budgetMs = OIDC_PROVIDER_BUDGET_MS): OidcStep {
  return { deadline: performance.now() + budgetMs, unreachable: false };
}

export function inOidcStep<T>(step: OidcStep, fn: () => Promise<T>): Promise<T> {
  return steps.run(step, fn);
}

/** fetch, bounded by the current step's budget (or a budget of its own outside one). */
export const oidcFetch: typeof fetch = async (input, init) => {
  const step = steps.getStore();
  const remaining = step ? Math.max(1, Math.ceil(step.deadline - performance.now())) : OIDC_PROVIDER_BUDGET_MS;
  const timeout = AbortSignal.timeout(remaining);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  try {
    const response = await fetch(input, { ...init, signal });
    if (response.status >= 500 && step) step.unreachable = true;
    return response;
  } catch (error) {
    if (step) step.unreachable = true;
    throw error;
  }
};
