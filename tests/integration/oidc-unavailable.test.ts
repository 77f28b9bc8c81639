// An identity provider down or slow (issue #18): whether it refuses connections or accepts them and never
// answers, at the start (the sign-in button's action) or at the callback, the person is told within 10 s
// that the service is not answering, and no session is opened. FranceConnect is the local provider,
// silenced on demand; ProConnect points at a port nothing listens on.
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { OIDC_PROVIDER_BUDGET_MS } from "@/lib/auth/oidc/provider-fetch";
import type { OidcProviderSettings } from "@/lib/auth/oidc/settings";
import { ORIGIN, inRequest, resetRequest } from "../support/next-request-mock";
import { Jar, oidcAuthFlow } from "../support/oidc/auth-flow";
import { startTestOidcProvider, type TestOidcProvider } from "../support/oidc/provider";

const client = {
  clientId: "vigie-integration",
  clientSecret: "integration-client-secret-0123456789",
  redirectUris: [`${ORIGIN}/api/auth/callback/franceconnect`],
};
const op: TestOidcProvider = await startTestOidcProvider({ clients: [client] });

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

(globalThis as unknown as { vigieOidc?: OidcProviderSettings[] }).vigieOidc = [
  { id: "franceconnect", issuer: op.issuer, ...client },
  { id: "proconnect", issuer: `http://127.0.0.1:${await closedPort()}`, ...client },
];
const authRoute = await import("@/app/api/auth/[...nextauth]/route");
const { oidcSignInAction } = await import("@/lib/auth/actions");
const { authorize, callback } = oidcAuthFlow(authRoute, op.issuer);
afterAll(() => op.close());

const WITHIN_MS = 10_000;

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

function pressButton(provider: "franceconnect" | "proconnect") {
  resetRequest();
  const form = new FormData();
  for (const [k, v] of Object.entries({ locale: "fr", provider, next: "/fr/dashboard" })) form.set(k, v);
  return inRequest(() => oidcSignInAction(undefined, form));
}

describe("an identity provider down or slow", () => {
  it("bounds every step's requests to the provider well within the 10 s", () => {
    expect(OIDC_PROVIDER_BUDGET_MS).toBeLessThanOrEqual(8_000);
  });

  it("that never answers: the button's action says the sign-in is unavailable, within 10 s", async () => {
    op.silence(true);
    try {
      const { value, ms } = await timed(() => pressButton("franceconnect"));
      expect(value).toEqual({ value: expect.objectContaining({ ok: false, formError: "oidcUnavailable" }) });
      expect(ms).toBeLessThan(WITHIN_MS);
    } finally {
      op.silence(false);
    }
  }, 20_000);

  it("that refuses connections: the same answer, at once", async () => {
    const { value, ms } = await timed(() => pressButton("proconnect"));
    expect(value).toEqual({ value: expect.objectContaining({ ok: false, formError: "oidcUnavailable" }) });
    expect(ms).toBeLessThan(2_000);
  });

  it("answering again: the button leads to the provider as before", async () => {
    const outcome = await pressButton("franceconnect");
    expect("thrown" in outcome && String((outcome.thrown as { digest?: string }).digest)).toContain(
      `${op.issuer}/auth?`,
    );
  });

  it("that stops answering once the person has identified: back to the sign-in page within 10 s, no session", async () => {
    const { jar, callback: url } = await authorize("adult");
    op.silence(true);
    try {
      const { value, ms } = await timed(() => callback(jar, url));
      expect(value.location).toBe(`${ORIGIN}/fr/sign-in?oidc=unavailable`);
      expect(value.sid).toBeNull();
      expect(ms).toBeLessThan(WITHIN_MS);
    } finally {
      op.silence(false);
    }
  }, 20_000);

  it("gone by the time the person comes back (connection refused): the same refusal, no session", async () => {
    resetRequest();
    const url = new URL(`${ORIGIN}/api/auth/callback/proconnect?code=some-code&state=some-state`);
    const { value, ms } = await timed(() => callback(new Jar(), url));
    expect(value.location).toBe(`${ORIGIN}/fr/sign-in?oidc=unavailable`);
    expect(value.sid).toBeNull();
    expect(ms).toBeLessThan(2_000);
    // Started on an English page: the English sign-in page.
    const english = new Jar();
    english.values.set("authjs.callback-url", encodeURIComponent(`${ORIGIN}/en/dashboard`));
    resetRequest();
    expect((await callback(english, url)).location).toBe(`${ORIGIN}/en/sign-in?oidc=unavailable`);
  });
});
