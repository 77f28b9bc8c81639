import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalName, compareNames } from "@/lib/certificates/name-comparison";

describe("compareNames", () => {
  it.each([
    ["Jeanne D’Arc", "Jeanne D'Arc"],
    ["Jeanne D'Arc", "Jeanne Dʼarc".replace("ʼa", "ʼA")],
    ["Jean\u00a0Dupont", "Jean Dupont"],
    ["Jean  Dupont ", " Jean Dupont"],
    ["Zoe\u0308 Lefe\u0300vre", "Zoë Lefèvre"],
    ["Anne-Marie\u202fO’Neil", "Anne-Marie O'Neil"],
  ])("treats %j and %j as the same name", (typed, expected) => {
    expect(compareNames(typed, expected)).toEqual({ same: true });
  });

  it("keeps case: it is printed", () => {
    expect(compareNames("jean dupont", "Jean Dupont").same).toBe(false);
  });

  it("says where two names part, and in which word", () => {
    expect(compareNames("Jean Dupond", "Jean Dupont")).toEqual({
      same: false,
      position: 11,
      expected: "Dupont",
      typed: "Dupond",
    });
    expect(compareNames("Jean", "Jean Dupont")).toMatchObject({ position: 5, expected: "Dupont", typed: "" });
    expect(compareNames("Jeanne Dupont", "Jean Dupont")).toMatchObject({
      position: 5,
      expected: "Jean",
      typed: "Jeanne",
    });
    expect(compareNames("Jean Dupont", "Jean")).toMatchObject({ position: 5, expected: "", typed: "Dupont" });
  });

  it("is idempotent and always agrees with itself", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(canonicalName(canonicalName(name))).toBe(canonicalName(name));
        expect(compareNames(name, name).same).toBe(true);
      }),
    );
  });
});
