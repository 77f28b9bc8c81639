// A real OpenID Connect provider on loopback for the tests, built with the certified `oidc-provider`
// package and configured like FranceConnect: authorization code flow, PKCE required, acr eidas1,
// claims given_name / family_name / email / birthdate from userinfo, signed (RS256) ID tokens and
// RP-initiated logout. A login hint naming a test user signs that person in at once; without one, a
// tiny form lists them. `tamper` makes the token endpoint misbehave, to test the client's refusals;
// `silence` makes it a provider that accepts connections and never answers.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";
import { withCharChanged } from "../tamper";
import { tamperIdToken, type TokenTampering } from "./tampering";
import { TEST_OIDC_USERS, TEST_PROCONNECT_USERS, testOidcUserBySub } from "./users";

export const FRANCECONNECT_SCOPES = "openid given_name family_name email birthdate";
export const FRANCECONNECT_ACR = "eidas1";
/** ProConnect's scopes (its `uid` too); its identity providers also answer with acr eidas1. */
export const PROCONNECT_SCOPES = "openid given_name usual_name email uid siret";

/** Which federation the provider imitates: its scopes, claims and people; ProConnect signs userinfo. */
export type TestFederation = "franceconnect" | "proconnect";

interface TestPerson {
  sub: string;
  given_name: string;
  family_name?: string;
  usual_name?: string;
}

const FEDERATIONS: Record<
  TestFederation,
  { scopes: string; people: Record<string, TestPerson>; userinfoAlg?: "RS256" }
> = {
  franceconnect: { scopes: FRANCECONNECT_SCOPES, people: TEST_OIDC_USERS },
  proconnect: { scopes: PROCONNECT_SCOPES, people: TEST_PROCONNECT_USERS, userinfoAlg: "RS256" },
};

export interface TestOidcClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  provider: Provider;
  /** Every later token response misbehaves this way (null: behaves again). */
  tamper(tampering: TokenTampering | null): void;
  /** Every later request is accepted and left unanswered (false: answers again). */
  silence(silent: boolean): void;
  /**
   * The redirects back to the client become a page holding the link (`a#callback`) instead, so that a
   * browser test can forge or replay it (false: redirects again).
   */
  holdCallbacks(hold: boolean): void;
  close(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginForm(uid: string, people: Record<string, TestPerson>): string {
  const buttons = Object.entries(people)
    .map(
      ([key, user]) =>
        `<button name="user" value="${key}">${escapeHtml(`${user.given_name} ${user.family_name ?? user.usual_name}`)}</button>`,
    )
    .join("\n");
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fournisseur d'identité de test</title></head>
<body><main><h1>Fournisseur d'identité de test</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}">${buttons}</form></main></body></html>`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startTestOidcProvider({
  clients,
  port = 0,
  federation = "franceconnect",
}: {
  clients: TestOidcClient[];
  port?: number;
  federation?: TestFederation;
}): Promise<TestOidcProvider> {
  const { scopes, people, userinfoAlg } = FEDERATIONS[federation];
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: "RS256",
      ...(userinfoAlg ? { userinfo_signed_response_alg: userinfoAlg } : {}),
    })),
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["local-oidc-provider-cookie-key-for-tests-only"] },
    // One claim per scope, as both federations describe them.
    claims: Object.fromEntries(scopes.split(" ").map((scope) => [scope, [scope === "openid" ? "sub" : scope]])),
    scopes: scopes.split(" "),
    acrValues: [FRANCECONNECT_ACR],
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: userinfoAlg !== undefined },
      // As FranceConnect: the provider's session ends without a question, then back to the client.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Déconnexion</title></head>
<body><main><h1>Déconnexion</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter</button>
<script>const f=document.getElementById("op.logoutForm");f.insertAdjacentHTML("beforeend",'<input type="hidden" name="logout" value="yes">');f.submit();</script></main></body></html>`;
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const user = testOidcUserBySub(sub);
      return user ? { accountId: sub, claims: () => ({ ...user }) } : undefined;
    },
  };
  const provider = new Provider(issuer, configuration);
  let tampering: TokenTampering | null = null;
  let holding = false;
  const redirectUris = clients.flatMap((client) => client.redirectUris);
  provider.use(async (ctx, next) => {
    await next();
    const location = ctx.response.get("location");
    if (holding && location && redirectUris.some((uri) => location.startsWith(`${uri}?`))) {
      ctx.status = 200;
      ctx.remove("location");
      ctx.type = "text/html; charset=utf-8";
      ctx.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Retour</title></head><body><main><a id="callback" href="${escapeHtml(location)}">Retour au service</a></main></body></html>`;
    }
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (tampering === "userinfo-signature") {
      if (ctx.path === "/me" && typeof ctx.body === "string") ctx.body = withCharChanged(ctx.body, -10);
    } else if (tampering && ctx.path === "/token" && typeof body?.id_token === "string")
      body.id_token = tamperIdToken(body.id_token, tampering, privateKey);
  });

  async function interaction(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (details.prompt.name === "consent") {
      const accountId = details.session?.accountId ?? "";
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        request,
        response,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    const key = request.method === "POST" ? (await readForm(request)).get("user") : details.params.login_hint;
    const user = typeof key === "string" && Object.hasOwn(people, key) ? people[key] : undefined;
    if (!user) {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(loginForm(details.uid, people));
      return;
    }
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: user.sub, acr: FRANCECONNECT_ACR } },
      { mergeWithLastSubmission: false },
    );
  }

  const callback = provider.callback();
  let silent = false;
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    if (silent) return;
    if (request.url?.startsWith("/interaction/")) {
      interaction(request, response).catch((error: unknown) => {
        response.writeHead(400, { "Content-Type": "text/plain" }).end(String(error));
      });
      return;
    }
    void callback(request, response);
  });

  return {
    issuer,
    provider,
    tamper: (next) => void (tampering = next),
    silence: (next) => void (silent = next),
    holdCallbacks: (next) => void (holding = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the requests left unanswered too
      }),
  };
}
