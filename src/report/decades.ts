/**
 * Log-scale domains that start and end on powers of ten, so both axes of
 * a chart can carry round ticks, and the ticks inside such a domain.
 */
export function decadeDomain(values: number[]): [number, number] {
  const positive = values.filter((value) => value > 0);
  const low = Math.floor(Math.log10(Math.min(...positive)));
  const high = Math.ceil(Math.log10(Math.max(...positive)));
  return [10 ** low, 10 ** Math.max(high, low + 1)];
}

/** Powers of ten from `low` to `high`, both included when they are. */
export function decadeTicks([low, high]: [number, number]): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(Math.log10(low) - 1e-9);
  const last = Math.floor(Math.log10(high) + 1e-9);

  for (let power = first; power <= last; power += 1) {
    ticks.push(Number((10 ** power).toPrecision(1)));
  }
  return ticks;
}
