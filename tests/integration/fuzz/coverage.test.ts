// Every server action and route handler in the source is in the fuzz catalogue (and nothing else is).
import { describe, expect, it } from "vitest";
import { FUZZ_CATALOGUE, discoverTargets } from "../../support/fuzz";

describe("fuzz coverage", () => {
  it("lists every server action and route handler method", () => {
    expect(Object.keys(FUZZ_CATALOGUE).sort()).toEqual(discoverTargets());
  });
});
