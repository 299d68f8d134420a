import type { TargetResult } from '../results/TargetResult.js';

/** One computable sample size: a point on a target's chart. */
export interface SizingPoint {
  metric: string;
  power: number;
  effectSize: number;
  perBranch: number;
  percent: number;
}

/** The computable sample sizes of a target, in the file's order. */
export function sizingPoints(result: TargetResult): SizingPoint[] {
  const points: SizingPoint[] = [];

  for (const entry of Object.values(result.sample_sizes)) {
    const power = Number(entry.parameters.power);
    const effectSize = Number(entry.parameters.effect_size);
    for (const [metric, size] of Object.entries(entry.metrics)) {
      const perBranch = size.sample_size_per_branch;
      const percent = size.population_percent_per_branch;
      if (perBranch === null || percent === null) continue;
      points.push({ metric, power, effectSize, perBranch, percent });
    }
  }
  return points;
}
