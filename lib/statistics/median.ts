// The median of a histogram (pure): the study-time rollup keeps counts per whole minute, not durations.

/** The smallest bucket value at which half the counts are reached, or null when empty. */
export function histogramMedian(buckets: readonly { value: number; count: number }[]): number | null {
  const total = buckets.reduce((s, b) => s + b.count, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const b of [...buckets].sort((a, c) => a.value - c.value)) {
    seen += b.count;
    if (seen * 2 >= total) return b.value;
  }
  return null;
}
