import { describe, expect, it } from "vitest";
import { OIDC_VARIABLES, parseOidcSettings } from "@/lib/auth/oidc/settings";

const SECRET = "s".repeat(32);
const franceConnect = {
  OIDC_FRANCECONNECT_ISSUER: "https://oidc.franceconnect.gouv.fr/api/v2/",
  OIDC_FRANCECONNECT_CLIENT_ID: "vigie-client",
  OIDC_FRANCECONNECT_CLIENT_SECRET: SECRET,
};

describe("OIDC settings from the environment", () => {
  it("offers no provider and reports nothing when every variable is absent or empty", () => {
    expect(parseOidcSettings({})).toEqual({ providers: [], problems: [] });
    const empty = Object.fromEntries(OIDC_VARIABLES.map((name) => [name, ""]));
    expect(parseOidcSettings(empty)).toEqual({ providers: [], problems: [] });
  });

  it("offers a provider whose three variables are valid (issuer without its trailing slash)", () => {
    expect(parseOidcSettings(franceConnect)).toEqual({
      providers: [
        {
          id: "franceconnect",
          issuer: "https://oidc.franceconnect.gouv.fr/api/v2",
          clientId: "vigie-client",
          clientSecret: SECRET,
        },
      ],
      problems: [],
    });
  });

  it("names the missing variable of a partial setting and hides only that provider", () => {
    const settings = parseOidcSettings({
      ...franceConnect,
      OIDC_PROCONNECT_ISSUER: "https://auth.agentconnect.gouv.fr/api/v2",
      OIDC_PROCONNECT_CLIENT_ID: "vigie",
    });
    expect(settings.providers.map((p) => p.id)).toEqual(["franceconnect"]);
    expect(settings.problems).toEqual([
      { variable: "OIDC_PROCONNECT_CLIENT_SECRET", message: "missing (the other two are set)" },
    ]);
  });

  it.each([
    ["http://idp.example.org", "must be an https URL (http only on localhost)"],
    ["ftp://localhost/", "must be an https URL (http only on localhost)"],
    ["not a url", "not a URL"],
    ["https://idp.example.org/?tenant=1", "must have no query or fragment"],
  ])("refuses the issuer %s", (issuer, message) => {
    const settings = parseOidcSettings({ ...franceConnect, OIDC_FRANCECONNECT_ISSUER: issuer });
    expect(settings).toEqual({ providers: [], problems: [{ variable: "OIDC_FRANCECONNECT_ISSUER", message }] });
  });

  it.each(["http://127.0.0.1:4011", "http://localhost:4011/oidc", "http://[::1]:4011"])(
    "accepts plain http on the loopback interface (the local test provider): %s",
    (issuer) => {
      const settings = parseOidcSettings({ ...franceConnect, OIDC_FRANCECONNECT_ISSUER: issuer });
      expect(settings.problems).toEqual([]);
      expect(settings.providers).toHaveLength(1);
    },
  );

  it("refuses a short client secret and a client id with spaces, one line per provider", () => {
    expect(parseOidcSettings({ ...franceConnect, OIDC_FRANCECONNECT_CLIENT_SECRET: "short" }).problems).toEqual([
      { variable: "OIDC_FRANCECONNECT_CLIENT_SECRET", message: "shorter than 16 characters" },
    ]);
    const settings = parseOidcSettings({
      ...franceConnect,
      OIDC_FRANCECONNECT_CLIENT_ID: "two words",
      OIDC_FRANCECONNECT_CLIENT_SECRET: "short",
    });
    expect(settings.problems).toHaveLength(1);
    expect(settings.problems[0]?.variable).toBe("OIDC_FRANCECONNECT_CLIENT_ID");
  });
});
