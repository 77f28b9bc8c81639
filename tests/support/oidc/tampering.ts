// Ways the local provider can misbehave at its token endpoint, to prove the client refuses each one:
// the ID token re-signed with the provider's own key but a wrong audience or nonce, or expired (issued
// and expired in the past, well beyond any clock tolerance), or its signature broken; or, from a provider
// that signs userinfo, the userinfo's signature broken (the ID token left intact).
import { createSign, type KeyObject } from "node:crypto";
import { withCharChanged } from "../tamper";

export const TOKEN_TAMPERINGS = [
  "bad-signature",
  "wrong-audience",
  "wrong-nonce",
  "expired",
  "userinfo-signature",
] as const;
export type TokenTampering = (typeof TOKEN_TAMPERINGS)[number];

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const parse = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;

function resign(idToken: string, key: KeyObject, change: (claims: Record<string, unknown>) => void): string {
  const [header = "", payload = ""] = idToken.split(".");
  const claims = parse(payload);
  change(claims);
  const input = `${header}.${b64(claims)}`;
  const signature = createSign("RSA-SHA256").update(input).sign(key).toString("base64url");
  return `${input}.${signature}`;
}

export function tamperIdToken(idToken: string, tampering: TokenTampering, key: KeyObject): string {
  switch (tampering) {
    case "userinfo-signature": // the userinfo's, not the ID token's (tests/support/oidc/provider.ts)
      return idToken;
    case "bad-signature":
      return withCharChanged(idToken, -10);
    case "wrong-audience":
      return resign(idToken, key, (claims) => void (claims.aud = "another-client"));
    case "wrong-nonce":
      return resign(idToken, key, (claims) => void (claims.nonce = "not-the-nonce-that-was-sent"));
    case "expired":
      return resign(idToken, key, (claims) => {
        const now = Math.floor(Date.now() / 1000);
        claims.iat = now - 3600;
        claims.exp = now - 1800;
      });
  }
}
