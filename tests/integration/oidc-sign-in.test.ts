// Signing in with FranceConnect through Auth.js, against the local OIDC provider (a real one: signed ID
// tokens, real code exchange): a linked identity gets a server-side session; each refused case (wrong
// state, replayed code, tampered signature, wrong audience, expired ID token, nonce mismatch, unknown
// identity) sends the person back to the sign-in page with a reason and sets no session cookie.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { linkIdentity } from "@/lib/auth/oidc/identities";
import type { OidcProviderSettings } from "@/lib/auth/oidc/settings";
import { getSessionUser } from "@/lib/auth/sessions";
import { createLearner } from "../support/factories";
import { ORIGIN, inRequest, resetRequest } from "../support/next-request-mock";
import { Jar, oidcAuthFlow } from "../support/oidc/auth-flow";
import { startTestOidcProvider, type TestOidcProvider } from "../support/oidc/provider";
import type { TokenTampering } from "../support/oidc/tampering";
import { TEST_OIDC_USERS, type TestOidcUserKey } from "../support/oidc/users";

const client = {
  clientId: "vigie-integration",
  clientSecret: "integration-client-secret-0123456789",
  redirectUris: [`${ORIGIN}/api/auth/callback/franceconnect`],
};
const op: TestOidcProvider = await startTestOidcProvider({ clients: [client] });
// The providers are read once per process from the environment, already parsed by the time this file
// runs: this test hands lib/auth/oidc/providers.ts its parsed settings through the same cache.
(globalThis as unknown as { vigieOidc?: OidcProviderSettings[] }).vigieOidc = [
  { id: "franceconnect", issuer: op.issuer, ...client },
];
const authRoute = await import("@/app/api/auth/[...nextauth]/route");

let learner: User;
beforeAll(async () => {
  learner = await createLearner();
  await linkIdentity(learner.id, "franceconnect", TEST_OIDC_USERS.adult.sub);
});
afterAll(() => op.close());

const { authorize, callback } = oidcAuthFlow(authRoute, op.issuer);

async function signInWith(tampering: TokenTampering | null, person: TestOidcUserKey = "adult", callbackUrl?: string) {
  const { jar, callback: url } = await authorize(person, callbackUrl);
  op.tamper(tampering);
  try {
    return await callback(jar, url);
  } finally {
    op.tamper(null);
  }
}

describe("FranceConnect sign-in through Auth.js", () => {
  it("starts from the sign-in page's button: the action redirects to the provider", async () => {
    const { oidcSignInAction } = await import("@/lib/auth/actions");
    resetRequest();
    const form = new FormData();
    for (const [k, v] of Object.entries({ locale: "fr", provider: "franceconnect", next: "/fr/dashboard" }))
      form.set(k, v);
    const outcome = await inRequest(() => oidcSignInAction(undefined, form));
    expect("thrown" in outcome && String((outcome.thrown as { digest?: string }).digest)).toContain(
      `${op.issuer}/auth?`,
    );
    // ProConnect is not configured here: refused, with the message the button shows.
    form.set("provider", "proconnect");
    expect(await inRequest(() => oidcSignInAction(undefined, form))).toMatchObject({
      value: { ok: false, formError: "oidcUnavailable" },
    });
  });

  it("asks the provider for FranceConnect's scopes and acr, with PKCE (S256), state and nonce", async () => {
    const { authorization } = await authorize("adult");
    expect(authorization.origin).toBe(op.issuer);
    const params = authorization.searchParams;
    expect(params.get("scope")).toBe("openid given_name family_name email birthdate");
    expect(params.get("acr_values")).toBe("eidas1");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("state")).toBeTruthy();
    expect(params.get("nonce")).toBeTruthy();
  });

  it("opens a server-side session for the account a verified identity is linked to", async () => {
    const { location, sid } = await signInWith(null);
    expect(location).toBe(`${ORIGIN}/fr/dashboard`);
    expect(sid).toBeTruthy();
    expect((await getSessionUser(sid!))?.user.id).toBe(learner.id);
  });

  it("opens nothing for an identity no account is linked to: on to the registration step", async () => {
    const { location, sid } = await signInWith(null, "minor");
    expect(location).toBe(`${ORIGIN}/fr/sign-up/identity`);
    expect(sid).toBeNull();
  });

  // Auth.js refuses a wrong audience or nonce, or an expired ID token, itself (?error=…: oauth4webapi
  // allows 30 s of clock skew); it does not check the signature of an ID token fetched from the token
  // endpoint, which lib/auth/oidc/id-token.ts does (?oidc=invalid).
  it.each([
    ["bad-signature", "oidc=invalid"],
    ["wrong-audience", "error=Configuration"],
    ["wrong-nonce", "error=Configuration"],
    ["expired", "error=Configuration"],
  ] as const)("refuses an ID token with a %s: back to the sign-in page (%s), no session", async (tampering, query) => {
    const { location, sid } = await signInWith(tampering);
    expect(location).toBe(`${ORIGIN}/fr/sign-in?${query}`);
    expect(sid).toBeNull();
  });

  it("refuses a callback whose state is not the one sent, and a code presented twice", async () => {
    const { jar, callback: url } = await authorize("adult");
    const forged = new URL(url);
    forged.searchParams.set("state", "forged-state");
    const wrongState = await callback(jar, forged);
    expect(wrongState.location).toMatch(new RegExp(`^${ORIGIN}/fr/sign-in\\?error=`));
    expect(wrongState.sid).toBeNull();

    const second = await authorize("adult");
    const cookies = second.jar.header;
    expect((await callback(second.jar, second.callback)).sid).toBeTruthy();
    const replayJar = new Jar();
    for (const pair of cookies.split("; ")) {
      const eq = pair.indexOf("=");
      replayJar.values.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const replayed = await callback(replayJar, second.callback);
    expect(replayed.location).toMatch(new RegExp(`^${ORIGIN}/fr/sign-in\\?error=`));
    expect(replayed.sid).toBeNull();
  });

  it("answers in the language the sign-in started in: an English visitor lands on English pages", async () => {
    const english = `${ORIGIN}/en/dashboard`;
    expect((await signInWith("bad-signature", "adult", english)).location).toBe(`${ORIGIN}/en/sign-in?oidc=invalid`);
    expect((await signInWith("wrong-audience", "adult", english)).location).toBe(
      `${ORIGIN}/en/sign-in?error=Configuration`,
    );
    expect((await signInWith(null, "minor", english)).location).toBe(`${ORIGIN}/en/sign-up/identity`);
    const { jar, callback: url } = await authorize("adult", english);
    url.searchParams.set("state", "forged-state");
    const wrongState = await callback(jar, url);
    expect(wrongState.location).toMatch(new RegExp(`^${ORIGIN}/en/sign-in\\?error=`));
    expect(wrongState.sid).toBeNull();
    // Signed in, the person goes where they asked, in their language.
    expect((await signInWith(null, "adult", `${ORIGIN}/en/certificate`)).location).toBe(`${ORIGIN}/en/certificate`);
  });
});
