import { describe, expect, it } from "vitest";
import { isPublishable, sharedVersion, statedVersion } from "@/lib/policies/version";

describe("policy versions stated in the text", () => {
  it("reads the version from the first paragraph only", () => {
    expect(statedVersion("Ces conditions… Version 2026-12-01, en vigueur.\n\n## Objet")).toBe("2026-12-01");
    expect(statedVersion("Intro.\n\nVersion 2026-12-01")).toBeNull();
    expect(statedVersion("Conversion 2026-12-01")).toBeNull();
  });

  it("needs both translations to state the same version", () => {
    expect(sharedVersion(["Version 2026-12-01.", "Version 2026-12-01."])).toBe("2026-12-01");
    expect(sharedVersion(["Version 2026-12-01.", "Version 2026-11-01."])).toBeNull();
    expect(sharedVersion(["Version 2026-12-01.", "No version."])).toBeNull();
  });

  it("publishes only a new version, newer than the one in force", () => {
    expect(isPublishable("2026-12-01", ["2026-11-01"], "2026-11-01")).toBe(true);
    expect(isPublishable("2026-12-01", [], null)).toBe(true);
    expect(isPublishable("2026-11-01", ["2026-11-01"], "2026-11-01")).toBe(false);
    expect(isPublishable("2026-11-10", ["2026-11-01", "2026-11-20"], "2026-11-20")).toBe(false);
    expect(isPublishable(null, [], null)).toBe(false);
  });
});
