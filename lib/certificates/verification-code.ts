// Generates and normalises public certificate verification codes (100 random bits, Crockford base32, grouped XXXXX-XXXXX-XXXXX-XXXXX).
import { randomBytes } from "node:crypto";

/** Crockford base32 alphabet: digits then letters, without I, L, O and U. */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const CODE_BITS = 100;
const CODE_LENGTH = CODE_BITS / 5; // 20 symbols
const GROUP_SIZE = 5;
const VALID_SYMBOL = /^[0-9A-HJKMNP-TV-Z]{20}$/;

function group(raw: string): string {
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i += GROUP_SIZE) {
    parts.push(raw.slice(i, i + GROUP_SIZE));
  }
  return parts.join("-");
}

/**
 * Returns a fresh verification code such as `7K3QF-M0ZT9-XW4HA-2BCNE`:
 * 100 bits from the CSPRNG encoded as 20 Crockford base32 symbols.
 */
export function generateVerificationCode(): string {
  const bytes = randomBytes(13); // 104 bits; the last 4 are discarded
  let out = "";
  let buffer = 0;
  let bufferedBits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bufferedBits += 8;
    while (bufferedBits >= 5 && out.length < CODE_LENGTH) {
      bufferedBits -= 5;
      out += CROCKFORD_ALPHABET.charAt((buffer >> bufferedBits) & 0x1f);
    }
  }
  return group(out);
}

/**
 * Normalises user input (case, spaces, hyphens, the O/I/L look-alikes) into
 * the canonical grouped form, or returns null if it cannot be a valid code.
 */
export function normaliseVerificationCode(input: string): string | null {
  if (input.length > 100) return null;
  const compact = input
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (!VALID_SYMBOL.test(compact)) return null;
  return group(compact);
}
