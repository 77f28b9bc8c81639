// Spellings of a path that Next's router reads as the same page: any of its characters
// percent-encoded, in upper- or lower-case hex (the slashes stay: an encoded "/" is no separator).
export function percentEncode(char: string, upper: boolean): string {
  const hex = [...Buffer.from(char, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
  return upper ? hex.toUpperCase() : hex;
}

/** The path with the characters at `positions` percent-encoded; slashes are left alone. */
export function encodeAt(path: string, positions: Iterable<number>, upper: boolean): string {
  const chars = [...path];
  for (const i of positions) if (chars[i] !== undefined && chars[i] !== "/") chars[i] = percentEncode(chars[i]!, upper);
  return chars.join("");
}

/** Each character encoded alone, in both cases, then every character at once, in both cases. */
export function encodedSpellings(path: string): string[] {
  const positions = [...path].flatMap((char, i) => (char === "/" ? [] : [i]));
  const spellings = [true, false].flatMap((upper) => [
    ...positions.map((i) => encodeAt(path, [i], upper)),
    encodeAt(path, positions, upper),
  ]);
  return [...new Set(spellings)];
}
