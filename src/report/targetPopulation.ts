import type { TargetResult } from '../results/TargetResult.js';

/**
 * The clients a target holds. Every metric counts the same clients, so
 * the largest count is the target's, even if a metric lost some.
 */
export function targetPopulation(result: TargetResult): number {
  const counts = Object.values(result.sample_sizes).flatMap((entry) =>
    Object.values(entry.metrics).map((m) => m.number_of_clients_targeted));
  return Math.max(0, ...counts);
}
