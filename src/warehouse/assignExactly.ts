import type { Prng } from './Prng.js';

/**
 * Gives each of `n` positions a category so that category counts follow
 * the weights exactly (largest remainder), with at least one position for
 * every positively weighted category while `n` allows. Drawing categories
 * independently would leave rare ones out of small warehouses.
 */
export function assignExactly(
  weights: readonly number[],
  n: number,
  rng: Prng,
): Uint16Array {
  const counts = exactCounts(weights, n);
  const positions = new Uint16Array(n);
  let next = 0;
  counts.forEach((count, category) => {
    positions.fill(category, next, next + count);
    next += count;
  });

  for (let i = n - 1; i > 0; i -= 1) {
    const j = rng.below(i + 1);
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return positions;
}

export function exactCounts(weights: readonly number[], n: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const ideal = weights.map((w) => (w / total) * n);
  const everyOne = n >= weights.filter((w) => w > 0).length;
  const least = weights.map((w) => (w > 0 && everyOne ? 1 : 0));
  const counts = ideal.map((x, i) => Math.max(Math.floor(x), least[i]!));

  const eligible = weights.map((_, i) => i).filter((i) => weights[i]! > 0);
  const byRemainder = order(eligible, (i) => ideal[i]! - counts[i]!);
  for (let k = 0; sum(counts) < n; k += 1) {
    counts[byRemainder[k % byRemainder.length]!]! += 1;
  }

  // Raising rare categories to one may overshoot: take from the largest.
  const byExcess = order(eligible, (i) => counts[i]! - ideal[i]!);
  for (let k = 0; sum(counts) > n; k += 1) {
    const i = byExcess[k % byExcess.length]!;
    if (counts[i]! > least[i]!) counts[i]! -= 1;
  }
  return counts;
}

/** Indices by descending key, ties by index, so the result is stable. */
function order(indices: number[], key: (i: number) => number): number[] {
  return [...indices].sort((a, b) => key(b) - key(a) || a - b);
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
