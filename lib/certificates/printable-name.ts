// Which names the certificate can print as typed: Latin, Greek and Cyrillic letters, which its font draws without shaping.
// Pure and client-safe (no fontkit, no node:fs): the shared account schemas run it in the browser too.

/**
 * Code-point ranges of the letters a name may hold, NFC-normalised. They were taken from the cmap of
 * the certificate fonts (DejaVu Sans and DejaVu Sans Bold, see CERTIFICATE_FONT_FILES in pdf/fonts.ts):
 * every letter (\p{L}) of these blocks that both fonts have a glyph for, less the Latin click letters
 * ǀ ǁ ǂ ǃ (which read as punctuation). tests/unit/certificates/printable-name.test.ts checks each one
 * against both cmaps, so the rule and the fonts cannot drift apart.
 *
 * Left out on purpose: scripts that need shaping or bidirectional reordering to print correctly
 * (pdf-lib draws a whole name as one left-to-right or one right-to-left run: a name mixing directions
 * comes out scrambled) and scripts the fonts do not cover at all (Chinese, Japanese, Korean,
 * Devanagari…). French civil-status names are written in the Latin alphabet; a name in another
 * script is entered in its Latin transcription, as in a passport.
 */
export const NAME_LETTER_RANGES: readonly (readonly [number, number])[] = [
  // Latin: ASCII letters, Latin-1 letters (not × ÷), Latin Extended-A and -B, Latin Extended Additional (Vietnamese, Welsh…)
  [0x0041, 0x005a],
  [0x0061, 0x007a],
  [0x00c0, 0x00d6],
  [0x00d8, 0x00f6],
  [0x00f8, 0x01bf],
  [0x01c4, 0x024f],
  [0x1e00, 0x1efb],
  // Greek: modern (monotonic) letters, then polytonic (Greek Extended)
  [0x0386, 0x0386],
  [0x0388, 0x038a],
  [0x038c, 0x038c],
  [0x038e, 0x03a1],
  [0x03a3, 0x03ce],
  [0x1f00, 0x1f15],
  [0x1f18, 0x1f1d],
  [0x1f20, 0x1f45],
  [0x1f48, 0x1f4d],
  [0x1f50, 0x1f57],
  [0x1f59, 0x1f59],
  [0x1f5b, 0x1f5b],
  [0x1f5d, 0x1f5d],
  [0x1f5f, 0x1f7d],
  [0x1f80, 0x1fb4],
  [0x1fb6, 0x1fbc],
  [0x1fbe, 0x1fbe],
  [0x1fc2, 0x1fc4],
  [0x1fc6, 0x1fcc],
  [0x1fd0, 0x1fd3],
  [0x1fd6, 0x1fdb],
  [0x1fe0, 0x1fec],
  [0x1ff2, 0x1ff4],
  [0x1ff6, 0x1ffc],
  // Cyrillic and Cyrillic Supplement (not the combining marks and signs U+0482–U+0489)
  [0x0400, 0x0481],
  [0x048a, 0x0525],
];

/**
 * What may stand between letters: space, hyphen, apostrophes (typewriter ', typographic ’, and the
 * modifier letters ʼ and ʻ used in Ukrainian, Uzbek or Hawaiian names) and the full stop of initials.
 */
export const NAME_SEPARATORS: readonly string[] = [" ", "-", "'", "\u2019", "\u02bc", "\u02bb", "."];

/** Message keys of the "validation" namespace. */
export type NameProblem = "nameScript" | "nameFormat";

export function isNameLetter(codePoint: number): boolean {
  return NAME_LETTER_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

function isNameCharacter(char: string): boolean {
  return isNameLetter(char.codePointAt(0) ?? -1) || NAME_SEPARATORS.includes(char);
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * Why a name (trimmed, NFC-normalised) cannot be accepted, or null. A letter or accent of another
 * script, or an accent that composes with nothing, is a "nameScript" problem; anything else out of
 * place (a digit, a symbol, a name that starts with a separator) is a "nameFormat" one. The empty
 * name is left to the "required" rule.
 */
export function nameProblem(name: string): NameProblem | null {
  const chars = Array.from(name);
  if (chars.some((c) => !isNameCharacter(c) && LETTER_OR_MARK.test(c))) return "nameScript";
  if (chars.some((c) => !isNameCharacter(c))) return "nameFormat";
  const first = chars[0];
  if (first !== undefined && !isNameLetter(first.codePointAt(0) ?? -1)) return "nameFormat";
  return null;
}

/**
 * Whether the certificate prints this stored name as it is: every character, once NFC-normalised,
 * is one the fonts draw. Names stored before this rule existed may fail it; they must be corrected
 * before a certificate freezes them.
 */
export function isPrintableName(name: string): boolean {
  const chars = Array.from(name.normalize("NFC").trim());
  return chars.length > 0 && chars.every(isNameCharacter);
}
