// The process's one logger: JSON lines (pino) carrying the request id, scrubbed of personal data and
// secrets outside development; human-readable (pino-pretty) in development only.
import pino, { type DestinationStream, type Logger } from "pino";
import { scrubValue } from "./redact";
import { currentRequestId } from "./request-context";

/** `destination`: where lines go instead of standard output (tests). */
export function createLogger(destination?: DestinationStream): Logger {
  // Read here rather than through lib/env.mjs: the logger must work to report that the environment is
  // invalid. lib/env.mjs validates LOG_LEVEL all the same, so a wrong value still stops the start.
  const development = (process.env.NODE_ENV ?? "development") === "development";
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL || "info",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  if (development && !destination) return pino({ ...options, transport: { target: "pino-pretty" } });
  return pino(
    {
      ...options,
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => scrubValue(arg)) as Parameters<typeof method>);
        },
      },
    },
    // Asynchronous: lines written while a write is in flight go out together (flushed at exit).
    destination ?? pino.destination({ sync: false }),
  );
}

// One per process: instrumentation and the routes are separate bundles.
const globalForLogger = globalThis as unknown as { vigieLogger?: Logger };
export const logger: Logger = (globalForLogger.vigieLogger ??= createLogger());
