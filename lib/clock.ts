// The current time, replaceable in tests (reset links, retention, availability windows).
let override: (() => Date) | null = null;

export function now(): Date {
  return override ? override() : new Date();
}

export function setClockForTests(fn: (() => Date) | null): void {
  override = fn;
}
