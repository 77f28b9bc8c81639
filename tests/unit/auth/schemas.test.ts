import { z } from "zod";
import { describe, expect, it } from "vitest";
import { registerSchema, safeNextPath } from "@/lib/auth/schemas";

const valid = {
  locale: "fr",
  firstName: "Zoë",
  lastName: "D'Artagnan-Lefèvre",
  username: "jeanmartin",
  email: "jean.martin@example.fr",
  password: "un cheval bleu traverse la rivière",
  track: "public",
  ageConfirmed: "on",
  acceptPolicy: "on",
};

function fieldErrors(input: Record<string, unknown>): Record<string, string[] | undefined> {
  const parsed = registerSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("registerSchema", () => {
  it("accepts a complete registration and trims the email", () => {
    const parsed = registerSchema.safeParse({ ...valid, email: "  jean.martin@example.fr " });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.email).toBe("jean.martin@example.fr");
  });

  it("reports a too short password on the password field", () => {
    expect(fieldErrors({ ...valid, password: "court" }).password).toEqual(["passwordTooShort"]);
  });

  it("reports a password built from the username on the password field", () => {
    expect(fieldErrors({ ...valid, password: "jeanmartin2026!" }).password).toEqual(["passwordContext"]);
  });

  it("requires a category for a professional", () => {
    expect(fieldErrors({ ...valid, track: "professional" }).professionalCategory).toEqual(["categoryRequired"]);
    expect(
      registerSchema.safeParse({ ...valid, track: "professional", professionalCategory: "erp_manager" }).success,
    ).toBe(true);
  });

  it("treats an unknown category like a missing one", () => {
    expect(fieldErrors({ ...valid, track: "professional", professionalCategory: "spy" }).professionalCategory).toEqual([
      "categoryRequired",
    ]);
  });

  it("requires the age checkbox and the policy checkbox", () => {
    const errors = fieldErrors({ ...valid, ageConfirmed: undefined, acceptPolicy: "off" });
    expect(errors.ageConfirmed).toEqual(["ageRequired"]);
    expect(errors.acceptPolicy).toEqual(["policyRequired"]);
  });

  it.each(["jean.martin", "jean@", "@example.fr", "jean martin@example.fr"])("refuses the email %j", (email) => {
    expect(fieldErrors({ ...valid, email }).email).toEqual(["emailInvalid"]);
  });

  it("requires a track", () => {
    expect(fieldErrors({ ...valid, track: "vip" }).track).toEqual(["trackRequired"]);
  });

  it("refuses malformed usernames and names", () => {
    const errors = fieldErrors({ ...valid, username: "jm", firstName: "<script>" });
    expect(errors.username).toEqual(["usernameFormat"]);
    expect(errors.firstName).toEqual(["nameFormat"]);
  });

  it("reports every faulty field at once, the password and category rules included (never in waves)", () => {
    const errors = fieldErrors({ locale: "fr", password: "x", track: "professional" });
    expect(Object.keys(errors).sort()).toEqual(
      [
        "acceptPolicy",
        "ageConfirmed",
        "email",
        "firstName",
        "lastName",
        "username",
        "password",
        "professionalCategory",
      ].sort(),
    );
    expect(errors.password).toEqual(["passwordTooShort"]);
  });

  it("gives one message per password problem", () => {
    expect(fieldErrors({ ...valid, password: "" }).password).toEqual(["required"]);
    expect(fieldErrors({ ...valid, password: "motdepasse123" }).password).toEqual(["passwordCommon"]);
  });
});

describe("safeNextPath", () => {
  it.each(["/fr/dashboard", "/en/modules/tous-impliques", "/fr", "/en/account?tab=privacy"])(
    "accepts the same-site path %j",
    (next) => {
      expect(safeNextPath(next, "fr")).toBe(next);
    },
  );

  it.each([
    "//evil.com",
    "https://evil.com",
    "/de/x",
    "/\\evil.com",
    "/fr\\@evil.com",
    "javascript:alert(1)",
    "fr/dashboard",
    "/frx",
    "",
  ])("replaces %j with the dashboard", (next) => {
    expect(safeNextPath(next, "en")).toBe("/en/dashboard");
  });

  it("falls back to the dashboard of the given locale when there is no next path", () => {
    expect(safeNextPath(undefined, "fr")).toBe("/fr/dashboard");
  });
});
