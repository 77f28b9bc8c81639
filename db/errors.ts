// Recognises database errors through Drizzle's wrapper (the driver's error is its `cause`).
interface PgError {
  code?: string;
  message?: string;
  cause?: unknown;
}

function chain(error: unknown): PgError[] {
  const out: PgError[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && out.length < 5) {
    out.push(current as PgError);
    current = (current as PgError).cause;
  }
  return out;
}

export function isUniqueViolation(error: unknown): boolean {
  return chain(error).some((e) => e.code === "23505");
}

export function hasDatabaseMessage(error: unknown, pattern: RegExp): boolean {
  return chain(error).some((e) => typeof e.message === "string" && pattern.test(e.message));
}
