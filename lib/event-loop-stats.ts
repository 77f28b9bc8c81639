// For benchmarks only (EVENT_LOOP_STATS_FILE): how long the event loop was blocked, written as JSON
// every second so a load script can read it without any endpoint being exposed. Deleting the file
// starts a new measurement window.
import "server-only";
import { existsSync, writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { now as clockNow } from "@/lib/clock";

export function recordEventLoopDelay(file: string): void {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  setInterval(() => {
    if (!existsSync(file)) histogram.reset();
    writeFileSync(
      file,
      JSON.stringify({
        at: clockNow().getTime(),
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        count: histogram.count,
      }),
    );
  }, 1000).unref();
}
