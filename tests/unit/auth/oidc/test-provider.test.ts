// The local OIDC provider the tests sign in against behaves like FranceConnect: PKCE required, signed ID
// tokens with acr eidas1, the four claims from userinfo, and the tamperings the client must refuse.
import { createHash, createPublicKey, createVerify, randomBytes, type JsonWebKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followToClient } from "@/tests/support/oidc/browser";
import { FRANCECONNECT_SCOPES, startTestOidcProvider, type TestOidcProvider } from "@/tests/support/oidc/provider";
import { TEST_OIDC_USERS } from "@/tests/support/oidc/users";

const client = {
  clientId: "vigie-test",
  clientSecret: "a-test-client-secret-0123456789",
  redirectUris: ["http://localhost:3999/api/auth/callback/franceconnect"],
};
let op: TestOidcProvider;
beforeAll(async () => {
  op = await startTestOidcProvider({ clients: [client] });
});
afterAll(() => op.close());

const b64 = (bytes: Buffer) => bytes.toString("base64url");
const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;

interface Discovery {
  [field: string]: unknown;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
}

async function discovery(): Promise<Discovery> {
  return (await (await fetch(`${op.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
}

async function authorize(extra: Record<string, string> = {}) {
  const config = await discovery();
  const verifier = b64(randomBytes(32));
  const nonce = b64(randomBytes(16));
  const url = new URL(config.authorization_endpoint);
  const params = {
    client_id: client.clientId,
    redirect_uri: client.redirectUris[0]!,
    response_type: "code",
    scope: FRANCECONNECT_SCOPES,
    state: "the-state",
    nonce,
    acr_values: "eidas1",
    code_challenge: b64(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
    login_hint: "adult",
    ...extra,
  };
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  return { config, verifier, nonce, back: await followToClient(url.href, op.issuer) };
}

async function exchange(config: Discovery, code: string, verifier: string) {
  const response = await fetch(config.token_endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: client.redirectUris[0]!,
      code_verifier: verifier,
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

async function signatureValid(idToken: string): Promise<boolean> {
  const config = await discovery();
  const { keys } = (await (await fetch(config.jwks_uri)).json()) as { keys: JsonWebKey[] };
  const [header = "", payload = "", signature = ""] = idToken.split(".");
  const key = createPublicKey({ key: keys[0]!, format: "jwk" });
  return createVerify("RSA-SHA256").update(`${header}.${payload}`).verify(key, Buffer.from(signature, "base64url"));
}

describe("local OIDC test provider", () => {
  it("publishes FranceConnect's scopes, claims, acr, PKCE and end-session endpoint", async () => {
    const config = await discovery();
    expect(config.issuer).toBe(op.issuer);
    expect(config.scopes_supported).toEqual(expect.arrayContaining(FRANCECONNECT_SCOPES.split(" ")));
    expect(config.claims_supported).toEqual(
      expect.arrayContaining(["given_name", "family_name", "email", "birthdate"]),
    );
    expect(config.acr_values_supported).toEqual(["eidas1"]);
    expect(config.code_challenge_methods_supported).toEqual(["S256"]);
    expect(config.end_session_endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it("signs the hinted person in, with a real code exchange, a signed ID token and the claims from userinfo", async () => {
    const { config, verifier, nonce, back } = await authorize();
    expect(back.searchParams.get("state")).toBe("the-state");
    const { status, body } = await exchange(config, back.searchParams.get("code")!, verifier);
    expect(status).toBe(200);
    const claims = decode(body.id_token!.split(".")[1]!);
    expect(claims).toMatchObject({
      iss: op.issuer,
      aud: client.clientId,
      sub: TEST_OIDC_USERS.adult.sub,
      nonce,
      acr: "eidas1",
    });
    expect(await signatureValid(body.id_token!)).toBe(true);
    const userinfo = await fetch(config.userinfo_endpoint, {
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    expect(await userinfo.json()).toEqual(TEST_OIDC_USERS.adult);
  });

  it("refuses an authorization request without PKCE, and a code exchanged twice", async () => {
    const refused = await authorize({ code_challenge: "", code_challenge_method: "" });
    expect(refused.back.searchParams.get("error")).toBe("invalid_request");
    const { config, verifier, back } = await authorize();
    const code = back.searchParams.get("code")!;
    expect((await exchange(config, code, verifier)).status).toBe(200);
    expect((await exchange(config, code, verifier)).body.error).toBe("invalid_grant");
  });

  it("can hand out an ID token with a broken signature, a wrong audience or a wrong nonce", async () => {
    for (const [tampering, check] of [
      ["bad-signature", async (token: string) => expect(await signatureValid(token)).toBe(false)],
      ["wrong-audience", async (token: string) => expect(decode(token.split(".")[1]!).aud).toBe("another-client")],
      [
        "wrong-nonce",
        async (token: string) => expect(decode(token.split(".")[1]!).nonce).toBe("not-the-nonce-that-was-sent"),
      ],
    ] as const) {
      op.tamper(tampering);
      const { config, verifier, back } = await authorize();
      const { body } = await exchange(config, back.searchParams.get("code")!, verifier);
      await check(body.id_token!);
      if (tampering !== "bad-signature") expect(await signatureValid(body.id_token!)).toBe(true);
    }
    op.tamper(null);
  });
});
