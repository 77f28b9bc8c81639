// Password rules (CNIL 2022-100 with throttling, OWASP ASVS): length, not common, not built from context.
import { dictionary } from "@zxcvbn-ts/language-common";
import { dictionary as frenchDictionary } from "@zxcvbn-ts/language-fr";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/**
 * Beyond this many UTF-16 code units a password is too long whatever it holds. Checked before any
 * segmentation: Intl.Segmenter's cost grows with the square of the input (40,000 characters take
 * 8 s and 2.4 GB), so an unbounded password would take the server down.
 */
export const PASSWORD_MAX_CODE_UNITS = PASSWORD_MAX_LENGTH * 4;
const COMMON_PASSWORD_COUNT = 10_000;
const COMMON_FRENCH_WORD_COUNT = 10_000;
/** A password whose letters are at most this many common words (and digits or symbols) is guessable. */
const MAX_COMMON_WORDS = 3;
const LONGEST_WORD = 24;
const PLATFORM_WORDS = ["vigie", "vigipirate", "faire face ensemble", "fairefaceensemble"];

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).slice(0, COMMON_PASSWORD_COUNT));
  return common;
}

let frenchWords: Set<string> | null = null;
function commonFrenchWords(): Set<string> {
  frenchWords ??= new Set(
    frenchDictionary["commonWords-fr"].slice(0, COMMON_FRENCH_WORD_COUNT).map(foldLetters).filter(Boolean),
  );
  return frenchWords;
}

function foldLetters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");
}

/**
 * The fewest common French words the letters split into ("motdepasse" → mot·de·passe = 3), or
 * Infinity. Digits and symbols are dropped first: "Soleil2024!!" is still one word.
 */
export function commonWordCount(password: string): number {
  const letters = foldLetters(password);
  if (letters.length === 0) return Infinity;
  const words = commonFrenchWords();
  const fewest = new Array<number>(letters.length + 1).fill(Infinity);
  fewest[0] = 0;
  for (let end = 1; end <= letters.length; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      if (fewest[start]! + 1 < fewest[end]! && words.has(letters.slice(start, end))) fewest[end] = fewest[start]! + 1;
    }
  }
  return fewest[letters.length]!;
}

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordCommon" | "passwordContext";

export interface PasswordContext {
  username?: string;
  email?: string;
}

/** Counts user-perceived characters, so "é" or an emoji count as one. */
export function passwordLength(password: string): number {
  return [...new Intl.Segmenter().segment(password.normalize("NFC"))].length;
}

function contextWords(ctx: PasswordContext): string[] {
  const words = [...PLATFORM_WORDS];
  if (ctx.username) words.push(ctx.username);
  const local = ctx.email?.split("@")[0];
  if (local) words.push(local, ...local.split(/[._+-]/));
  return words.map((w) => w.toLowerCase().trim()).filter((w) => w.length >= 4);
}

export function checkPassword(password: string, ctx: PasswordContext = {}): PasswordProblem | null {
  if (password.length > PASSWORD_MAX_CODE_UNITS) return "passwordTooLong";
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  const lower = password.normalize("NFC").toLowerCase();
  if (commonPasswords().has(lower)) return "passwordCommon";
  // Built from context: what is left once the context words are removed is too short to matter.
  let rest = lower;
  for (const word of contextWords(ctx)) rest = rest.split(word).join("");
  if (rest !== lower && passwordLength(rest.replace(/[^\p{L}\p{M}]+/gu, "")) < 6) return "passwordContext";
  if (commonWordCount(password) <= MAX_COMMON_WORDS) return "passwordCommon";
  return null;
}
