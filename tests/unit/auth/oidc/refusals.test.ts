import { describe, expect, it } from "vitest";
import { oidcRefusalOf } from "@/lib/auth/oidc/refusals";

describe("why an OIDC sign-in came back", () => {
  it("reads the app's reasons, any Auth.js error, and nothing else", () => {
    expect(oidcRefusalOf("unknown", undefined)).toBe("unknown");
    expect(oidcRefusalOf("invalid", "Configuration")).toBe("invalid");
    expect(oidcRefusalOf("unavailable", undefined)).toBe("unavailable");
    expect(oidcRefusalOf(undefined, "Configuration")).toBe("error");
    expect(oidcRefusalOf("<script>", undefined)).toBeNull();
    expect(oidcRefusalOf(["unknown"], ["x"])).toBeNull();
    expect(oidcRefusalOf(undefined, undefined)).toBeNull();
  });
});
