/**
 * The same string with one character changed, at `index` (negative counts from the end).
 * Overwriting a token's tail with fixed characters is a no-op when the tail already holds them,
 * so a test built that way fails at random; this always changes the character it names.
 */
export function withCharChanged(value: string, index: number): string {
  const at = index < 0 ? value.length + index : index;
  const replacement = value[at] === "A" ? "B" : "A";
  return `${value.slice(0, at)}${replacement}${value.slice(at + 1)}`;
}
