/**
 * numpy.percentile's default (linear) method, written out for tests as an
 * oracle independent of the SQL that computes it.
 */
export function numpyPercentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * (q / 100);
  const below = sorted[Math.floor(position)]!;
  const above = sorted[Math.ceil(position)]!;
  const t = position - Math.floor(position);
  const gap = above - below;
  return t >= 0.5 ? above - gap * (1 - t) : below + gap * t;
}

export function meanAndSd(values: number[]): [number, number] {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return [mean, Math.sqrt(squares / (values.length - 1))];
}
