import { describe, expect, it } from "vitest";
import { ageOn, identityFromClaims, needsAgeDeclaration, registrationRefusal } from "@/lib/auth/oidc/identity";
import { isPrintableName } from "@/lib/certificates/printable-name";
import { TEST_OIDC_USERS, TEST_PROCONNECT_USERS } from "@/tests/support/oidc/users";

const NOW = new Date("2026-11-30T12:00:00Z");

describe("verified identity from the provider's claims", () => {
  it("maps the FranceConnect claims and refuses anything malformed", () => {
    expect(identityFromClaims("franceconnect", TEST_OIDC_USERS.adult)).toEqual({
      provider: "franceconnect",
      subject: TEST_OIDC_USERS.adult.sub,
      givenName: "Marie-Hélène",
      familyName: "Dupont",
      email: "marie.dupont@example.org",
      birthdate: "1990-04-12",
    });
    expect(identityFromClaims("franceconnect", { ...TEST_OIDC_USERS.adult, birthdate: "12/04/1990" })).toBeNull();
    expect(identityFromClaims("franceconnect", { ...TEST_OIDC_USERS.adult, email: "not an email" })).toBeNull();
    expect(identityFromClaims("franceconnect", { ...TEST_OIDC_USERS.adult, given_name: " " })).toBeNull();
    expect(identityFromClaims("google", TEST_OIDC_USERS.adult)).toBeNull();
    expect(identityFromClaims("franceconnect", { sub: "x" })).toBeNull();
  });

  it("maps ProConnect's claims: usual_name is the last name, no birth date, the SIRET and uid not kept", () => {
    const identity = identityFromClaims("proconnect", TEST_PROCONNECT_USERS.agent);
    expect(identity).toEqual({
      provider: "proconnect",
      subject: "pc-sub-agent-0001",
      givenName: "Camille Anne",
      familyName: "Rousseau",
      email: "camille.rousseau@example.gouv.fr",
    });
    expect(needsAgeDeclaration(identity!)).toBe(true);
    expect(registrationRefusal(identity!, NOW, isPrintableName)).toBeNull();
    expect(
      registrationRefusal(identityFromClaims("proconnect", TEST_PROCONNECT_USERS.unprintable)!, NOW, isPrintableName),
    ).toBe("unprintableName");
    const { usual_name, ...withoutUsualName } = TEST_PROCONNECT_USERS.agent;
    // FranceConnect's family_name is not ProConnect's claim, nor the other way round.
    expect(identityFromClaims("proconnect", { ...withoutUsualName, family_name: usual_name })).toBeNull();
    expect(identityFromClaims("franceconnect", TEST_PROCONNECT_USERS.agent)).toBeNull();
    expect(identityFromClaims("proconnect", { ...TEST_PROCONNECT_USERS.agent, usual_name: "" })).toBeNull();
    expect(needsAgeDeclaration(identityFromClaims("franceconnect", TEST_OIDC_USERS.adult)!)).toBe(false);
  });

  it("counts full years, the birthday itself included", () => {
    expect(ageOn("2011-11-30", NOW)).toBe(15);
    expect(ageOn("2011-12-01", NOW)).toBe(14);
    expect(ageOn("2008-02-29", new Date("2026-02-28T00:00:00Z"))).toBe(17);
    expect(ageOn("2008-02-29", new Date("2026-03-01T00:00:00Z"))).toBe(18);
  });

  it("refuses an identity under 15 and one whose names the certificate cannot print", () => {
    const refusal = (key: keyof typeof TEST_OIDC_USERS) =>
      registrationRefusal(identityFromClaims("franceconnect", TEST_OIDC_USERS[key])!, NOW, isPrintableName);
    expect(refusal("adult")).toBeNull();
    expect(refusal("minor")).toBe("underAge");
    expect(refusal("unprintable")).toBe("unprintableName");
  });
});
