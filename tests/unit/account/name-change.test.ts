import { describe, expect, it } from "vitest";
import { changedNameFields, nameChangeRefusal } from "@/lib/account/name-change";

const TYPED = { firstName: "Camille", lastName: "Durand", nameLockedAt: null, namesVerifiedBy: null };
const VERIFIED = { ...TYPED, namesVerifiedBy: "franceconnect" as const };
const LOCKED = { ...TYPED, nameLockedAt: new Date("2026-11-30T10:00:00Z") };

describe("name changes from the profile", () => {
  it("lets a learner who typed their names change them until a certificate freezes them", () => {
    expect(nameChangeRefusal(TYPED, { firstName: "Camila" })).toBeNull();
    expect(nameChangeRefusal(LOCKED, { firstName: "Camila" })).toEqual({ reason: "nameLocked", fields: ["firstName"] });
  });

  it("refuses any change to names a provider verified, naming the provider and each field changed", () => {
    expect(nameChangeRefusal(VERIFIED, { firstName: "Camila", lastName: "Durand" })).toEqual({
      reason: "namesVerified",
      provider: "franceconnect",
      fields: ["firstName"],
    });
    expect(nameChangeRefusal({ ...VERIFIED, nameLockedAt: LOCKED.nameLockedAt }, { lastName: "Dupont" })).toEqual({
      reason: "namesVerified",
      provider: "franceconnect",
      fields: ["lastName"],
    });
  });

  it("lets the rest of the profile through when the names are absent or sent unchanged", () => {
    expect(nameChangeRefusal(VERIFIED, {})).toBeNull();
    expect(nameChangeRefusal(VERIFIED, { firstName: "Camille", lastName: "Durand" })).toBeNull();
    expect(nameChangeRefusal(LOCKED, { firstName: "Camille" })).toBeNull();
  });

  it("compares names exactly: a different case or accent is a change", () => {
    expect(changedNameFields(TYPED, { firstName: "camille", lastName: "Durand" })).toEqual(["firstName"]);
    expect(changedNameFields(TYPED, { lastName: "Durând" })).toEqual(["lastName"]);
  });
});
