// The name retyped at certificate confirmation is compared as people write it, not byte for byte.

const APOSTROPHES = /['\u2019\u02bc\u2018\u00b4\u0060]/g;
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;

/**
 * One spelling per way of writing a name: Unicode NFC, straight apostrophe for ’ ʼ ‘ ´ `, one ordinary
 * space for any run of spaces (non-breaking ones included), no space at either end. Case is kept: it
 * is printed.
 */
export function canonicalName(name: string): string {
  return name.normalize("NFC").replace(APOSTROPHES, "'").replace(SPACES, " ").trim();
}

export type NameComparison =
  | { same: true }
  /** `position` counts characters from 1; `expected` and `typed` are the words where they part. */
  | { same: false; position: number; expected: string; typed: string };

export function compareNames(typed: string, expected: string): NameComparison {
  const a = [...canonicalName(typed)];
  const b = [...canonicalName(expected)];
  if (a.join("") === b.join("")) return { same: true };
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  // The word where they part; when one name simply stops before the other's next word, that next word.
  let word = b.slice(0, index).filter((c) => c === " ").length;
  if ((index >= a.length && b[index] === " ") || (index >= b.length && a[index] === " ")) word += 1;
  const words = (chars: string[]) => chars.join("").split(" ");
  return { same: false, position: index + 1, expected: words(b)[word] ?? "", typed: words(a)[word] ?? "" };
}
