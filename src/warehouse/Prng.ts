import { mixSeed } from './mixSeed.js';

const TWO_POW_32 = 2 ** 32;

/**
 * A seeded random source with the distributions the warehouse needs.
 * The core is the small fast counting generator (sfc32): only 32-bit
 * integer steps decide the stream, so a seed gives the same numbers on
 * every machine. Math.random and SQL random() are never used.
 */
export class Prng {
  #a: number;
  #b: number;
  #c: number;
  #counter = 1;

  constructor(...seedParts: number[]) {
    this.#a = mixSeed(...seedParts, 1);
    this.#b = mixSeed(...seedParts, 2);
    this.#c = mixSeed(...seedParts, 3);
    // The first outputs of a fresh state are correlated with the seed.
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  nextUint32(): number {
    const sum = (this.#a + this.#b + this.#counter) | 0;
    this.#counter = (this.#counter + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) + sum;
    this.#c |= 0;
    return sum >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  chance(probability: number): boolean {
    return this.uniform() < probability;
  }

  /** Standard normal, by the Box–Muller transform. */
  normal(): number {
    const u = 1 - this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Pareto with minimum `scale`: a tail that thins slowly. */
  pareto(scale: number, shape: number): number {
    return scale / Math.pow(1 - this.uniform(), 1 / shape);
  }

  /** Days until a stop, at least 1, with the given mean. */
  geometric(mean: number): number {
    const p = 1 / Math.max(mean, 1);
    if (p >= 1) return 1;
    return 1 + Math.floor(Math.log(1 - this.uniform()) / Math.log(1 - p));
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang's squeeze method. */
  gamma(shape: number): number {
    if (shape < 1) {
      return this.gamma(shape + 1) * Math.pow(1 - this.uniform(), 1 / shape);
    }

    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      const u = 1 - this.uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  }

  beta(alpha: number, beta: number): number {
    const x = this.gamma(alpha);
    const y = this.gamma(beta);
    return x + y === 0 ? 0.5 : x / (x + y);
  }

  /** Poisson counts; a rounded normal stands in once the mean is large. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) {
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    }

    const limit = Math.exp(-mean);
    let count = 0;
    for (let p = this.uniform(); p > limit; p *= this.uniform()) count += 1;
    return count;
  }

  /** Successes in `trials` tries; a rounded normal for many trials. */
  binomial(trials: number, probability: number): number {
    if (trials > 40) {
      const mean = trials * probability;
      const sd = Math.sqrt(mean * (1 - probability));
      const drawn = Math.round(mean + sd * this.normal());
      return Math.min(trials, Math.max(0, drawn));
    }

    let successes = 0;
    for (let i = 0; i < trials; i += 1) {
      if (this.uniform() < probability) successes += 1;
    }
    return successes;
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = this.below(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}
