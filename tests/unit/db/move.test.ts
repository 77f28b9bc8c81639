import { describe, expect, it } from "vitest";
import { dependencyOrder, quoteIdent } from "@/db/move/catalog";

describe("db:move pure rules", () => {
  it("orders referenced tables before the tables that reference them", () => {
    const edges = [
      { child: "certificates", parent: "users" },
      { child: "policy_acceptances", parent: "policy_versions" },
      { child: "policy_acceptances", parent: "users" },
      { child: "users", parent: "outside_the_copy" },
    ];
    const order = dependencyOrder(["certificates", "policy_acceptances", "users", "policy_versions"], edges);
    expect(order).toHaveLength(4);
    for (const { child, parent } of edges.filter((e) => e.parent !== "outside_the_copy")) {
      expect(order.indexOf(parent)).toBeLessThan(order.indexOf(child));
    }
  });

  it("refuses a foreign-key cycle, which no row order can satisfy", () => {
    expect(() =>
      dependencyOrder(
        ["a", "b"],
        [
          { child: "a", parent: "b" },
          { child: "b", parent: "a" },
        ],
      ),
    ).toThrow(/cycle/);
  });

  it("quotes identifiers, doubling inner quotes", () => {
    expect(quoteIdent('odd"name')).toBe('"odd""name"');
  });
});
