/** Small statistics shared by the benchmarks. */

/** The median (the mean of the two middle values of an even count; 0 for none). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (sorted.length === 0) return 0;
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
    : (sorted[Math.floor(middle)] ?? 0);
}

/** The item whose `value` is the median (the upper middle of an even count), so its other measurements come along. */
export function medianBy<T>(items: T[], value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  const item = sorted[Math.floor(sorted.length / 2)];
  if (item === undefined) throw new RangeError("median of no items");
  return item;
}
