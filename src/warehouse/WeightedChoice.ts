import type { Prng } from './Prng.js';

/** Picks among values in proportion to their weights. */
export class WeightedChoice<T> {
  readonly values: readonly T[];
  readonly #cumulative: number[];

  constructor(entries: Iterable<readonly [T, number]>) {
    const values: T[] = [];
    const cumulative: number[] = [];
    let total = 0;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      total += weight;
      values.push(value);
      cumulative.push(total);
    }

    if (values.length === 0) throw new Error('no positive weight to choose by');
    this.values = values;
    this.#cumulative = cumulative.map((sum) => sum / total);
  }

  static of(weights: Readonly<Record<string, number>>): WeightedChoice<string> {
    return new WeightedChoice(Object.entries(weights));
  }

  pick(rng: Prng): T {
    const u = rng.uniform();
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#cumulative[middle]! > u) high = middle;
      else low = middle + 1;
    }
    return this.values[low]!;
  }
}
