// Running a property, with readable failures (counterexamples may hold megabyte strings), and the
// frame every fuzz test file shares: quiet logs, write counters, one test per catalogue entry.
import fc from "fast-check";
import { expect, it, vi } from "vitest";
import { logger } from "@/lib/observability/logger";
import { catalogueOf, type FuzzArea } from "./catalogue";
import { installWriteCounters } from "./write-counters";

/**
 * Cases per property: 300 in `npm test`, which CI runs on every commit within its 90 minutes; the
 * deeper `npm run test:fuzz` runs 1,000 (FUZZ_RUNS sets any other number).
 */
export const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/**
 * A method a route does not serve is refused before anything reads the request (lib/request-body.ts
 * refuseBodyMethods): one code path whatever the input, so fewer runs prove as much.
 */
export const METHOD_REFUSAL_RUNS = Math.max(50, Math.round(NUM_RUNS / 5));

/**
 * Runs `predicate` on NUM_RUNS generated values; failures are reported with the seed and a shortened
 * counterexample (they may hold megabyte strings). The labels the predicate returns are tallied and
 * printed, so a report shows which paths the cases reached.
 */
export async function runProperty<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<string | void>,
  numRuns = NUM_RUNS,
): Promise<void> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  const tally = new Map<string, number>();
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (value) => {
        const label = (await predicate(value)) ?? "checked";
        tally.set(label, (tally.get(label) ?? 0) + 1);
      }),
      { numRuns, seed, endOnFailure: process.env.FUZZ_SHRINK !== "1" },
    );
  } catch (error) {
    const message = (error as Error).message;
    const short =
      message.length > 6000
        ? `${message.slice(0, 3000)}\n…[${message.length - 6000} characters cut]…\n${message.slice(-3000)}`
        : message;
    throw Object.assign(new Error(short), { cause: (error as Error).cause });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const sorted = [...tally].sort((a, b) => b[1] - a[1]);
  const summary =
    sorted
      .slice(0, 20)
      .map(([label, n]) => `${n} ${label}`)
      .join(" · ") + (sorted.length > 20 ? ` · … ${sorted.length - 20} more labels` : "");
  console.info(`[fuzz] ${name}: ${numRuns} runs in ${seconds} s — ${summary}`);
}

/**
 * Silences the local outbox's "email … written to …" lines and Auth.js's log of the forged
 * cookies it refuses (it answers them correctly; the log would drown the report). Other errors show.
 */
export function quietLogs(): void {
  logger.level = "error";
  const error = console.error.bind(console);
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("[auth][")) return;
    error(...args);
  });
}

/** Test databases only, once per file (in beforeAll): quiet logs, then the write counters checkAction reads. */
export async function prepareFuzzing(): Promise<void> {
  quietLogs();
  await installWriteCounters();
}

/** One fuzzed action or route handler method; `run` receives its catalogue key as the property's name. */
export interface FuzzTarget {
  run: (name: string) => Promise<void>;
}

/**
 * Declares, in the current describe block, a test that `targets` are exactly the catalogue's entries
 * for `area`, then one test per target (up to 5 minutes each: NUM_RUNS cases against the database).
 */
export function fuzzEveryTarget(area: FuzzArea, targets: Record<string, FuzzTarget>): void {
  it("covers every entry of its area in the catalogue", () => {
    expect(Object.keys(targets).sort()).toEqual(catalogueOf(area));
  });
  for (const [name, target] of Object.entries(targets)) {
    it(name, () => target.run(name), 300_000);
  }
}
