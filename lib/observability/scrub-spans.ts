// Spans leave the process scrubbed like log lines: Next.js records the raw URL (http.target, http.url),
// and a confirmation or reset link carries its token in the path.
import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { scrubText } from "./redact";

export class ScrubbingSpanProcessor implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}

  onStart(span: Span, parentContext: Context): void {
    this.next.onStart(span, parentContext);
  }

  /** Called while the span can still be changed, just before it ends. */
  onEnding(span: Span): void {
    span.updateName(scrubText(span.name));
    for (const [key, value] of Object.entries(span.attributes)) {
      if (typeof value === "string") span.setAttribute(key, scrubText(value));
    }
  }

  onEnd(span: ReadableSpan): void {
    this.next.onEnd(span);
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}
