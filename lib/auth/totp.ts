// TOTP rules (RFC 6238, through otpauth) and recovery codes: pure, the time and randomness given in.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone clock off by up to 30 seconds still works. */
const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

function totpOf(secretBase32: string, label = "staff"): TOTP {
  return new TOTP({
    issuer: "Vigie",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret in base32 (the manual key an authenticator accepts). */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries. */
export function totpUri(secretBase32: string, label: string): string {
  return totpOf(secretBase32, label).toString();
}

/** The manual key in groups of four, easier to type. */
export function formatManualKey(secretBase32: string): string {
  return secretBase32.replace(/(.{4})/g, "$1 ").trim();
}

/** Digits only: spaces and dashes typed from an authenticator's display are dropped. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "");
}

/**
 * The 30-second step a six-digit code belongs to, or null. A step at or before `lastStep` is refused,
 * so an intercepted code cannot be replayed.
 */
export function matchTotp(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const token = normaliseCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secretBase32).validate({ token, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The current code (tests and the e2e support compute what an authenticator would show). */
export function currentTotp(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}

/** Crockford's base32 (no i, l, o, u): 32 symbols, so each random byte maps without bias. */
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** Ten codes like "k7qm-2xpd-9hta", from the random bytes given (12 per code). */
export function recoveryCodesFrom(random: Uint8Array): string[] {
  const codes: string[] = [];
  for (let i = 0; i < RECOVERY_CODE_COUNT; i++) {
    const chars = Array.from(random.subarray(i * 12, i * 12 + 12), (b) => RECOVERY_ALPHABET[b & 31]);
    codes.push(`${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}-${chars.slice(8, 12).join("")}`);
  }
  return codes;
}

export const RECOVERY_RANDOM_BYTES = RECOVERY_CODE_COUNT * 12;

/** A recovery code as typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}
