// Rounding for answers people read: headcounts to one decimal, percentages to whole numbers.

export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f + (value >= 0 ? 1e-9 : -1e-9)) / f;
}

/** Mean of `total` over `count`, one decimal; null when there is nothing to average. */
export function mean(total: number, count: number): number | null {
  return count > 0 ? round(total / count) : null;
}

/** Change from `before` to `after` in percent, whole; null when `before` is missing or zero. */
export function percentChange(after: number | null, before: number | null): number | null {
  if (after === null || before === null || before === 0) return null;
  return round(((after - before) / before) * 100, 0);
}

/** The nearest-rank percentile (0 < p ≤ 100) of some values; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
