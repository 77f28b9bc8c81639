import { describe, expect, it } from "vitest";
import { ASSUMPTIONS, predictedP95, sizeFor, type Measured } from "../../bench/capacity-model";

const measure = (kind: Measured["kind"], appCpuMs: number, pgCpuMs = 1, statements = 3): Measured => ({
  kind,
  appCpuMs,
  pgCpuMs,
  statements,
  p50: 5,
  errors: 0,
});

const measured = [
  measure("personal part (/api/me, signed in)", 1),
  measure("signed-in unit page", 4),
  measure("quiz submission", 4),
  measure("sign-in (Argon2id)", 40),
  measure("certificate PDF", 15),
];

describe("capacity model", () => {
  it("weights each request kind by its share of page views and sizes for the target utilisation", () => {
    const size = sizeFor(measured);
    // 0.6·1 + 0.25·4 + 0.12·4 + 0.02·40 + 0.01·15 = 3.03 ms per view; 250,000 / 30 s = 8,333 views/s.
    expect(size.requestsPerSecond).toBe(8333);
    expect(size.appCpuMsPerView).toBe(3.03);
    expect(size.appInstances).toBe(Math.ceil((8333.33 * 3.03) / 1000 / 0.6));
    expect(size.statementsPerSecond).toBe(25000);
    expect(size.databaseConnections).toBe(size.appInstances * ASSUMPTIONS.poolPerInstance);
    expect(size.saturatesFirst).toMatch(/app's CPU/);
  });

  it("names PostgreSQL when it is the busier side", () => {
    const heavyDatabase = measured.map((m) => ({ ...m, pgCpuMs: m.appCpuMs * 2 }));
    expect(sizeFor(heavyDatabase).saturatesFirst).toMatch(/PostgreSQL/);
  });

  it("refuses a mix with a request kind that was not measured", () => {
    expect(() => sizeFor(measured.slice(1))).toThrow(/no measure/);
  });

  it("predicts a p95 that grows without bound as the event loop saturates", () => {
    const unit = { appCpuMs: 4, p50: 5 };
    expect(predictedP95(unit, 10)).toBe(5); // ρ = 0.04: almost never a wait
    const half = predictedP95(unit, 125); // ρ = 0.5: wait p95 = 4 / 0.5 · ln 10
    expect(half).toBeCloseTo(5 + 8 * Math.log(10), 5);
    expect(predictedP95(unit, 200)).toBeGreaterThan(half);
    expect(predictedP95(unit, 250)).toBe(Number.POSITIVE_INFINITY);
  });
});
