import { describe, expect, it } from "vitest";
import { acrSatisfies } from "@/lib/auth/oidc/acr";

describe("the level of assurance an ID token reports", () => {
  it("is accepted at the level asked for or higher", () => {
    expect(acrSatisfies("eidas1", "eidas1")).toBe(true);
    expect(acrSatisfies("eidas2", "eidas1")).toBe(true);
    expect(acrSatisfies("eidas3", "eidas2")).toBe(true);
  });

  it("is refused lower, unknown, missing or of another type", () => {
    expect(acrSatisfies("eidas1", "eidas2")).toBe(false);
    expect(acrSatisfies("eidas0", "eidas1")).toBe(false);
    expect(acrSatisfies(undefined, "eidas1")).toBe(false);
    expect(acrSatisfies(["eidas3"], "eidas1")).toBe(false);
    expect(acrSatisfies("EIDAS2", "eidas1")).toBe(false);
  });

  it("compares a level outside the eIDAS scale exactly", () => {
    expect(acrSatisfies("https://example.org/acr/high", "https://example.org/acr/high")).toBe(true);
    expect(acrSatisfies("eidas3", "https://example.org/acr/high")).toBe(false);
  });
});
