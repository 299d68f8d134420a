import { EXIT_USAGE, SizingError } from '../SizingError.js';
import type { Alternative } from './Alternative.js';
import { checkSizingOptions } from './checkSizingOptions.js';
import type { ComparisonDesign } from './ComparisonDesign.js';
import type { Solution } from './Solution.js';
import { zTestSampleSize } from './zTestSampleSize.js';

/**
 * Sample size per branch for one metric of one population, from the
 * summary of its trimmed values: the last step of preset sizing.
 */

export interface MetricSummary {
  clientsKept: number; // values left after trimming (used for mean/sd)
  mean: number | null; // null when no value
  sd: number | null; // sample sd (n-1), null when < 2 values
}

export interface SizingOptions {
  test: 'z' | 't' | 'proportions' | 'poisson' | 'mann-whitney';
  alpha: number; // default 0.05
  power: number; // 0.8 in the preset grid
  alternative: Alternative;
  ratio: number; // treatment = ratio × control, default 1
  arms: number; // k arms incl. control, default 2
}

export type SampleSize =
  | {
      computable: true;
      control: number;
      treatment: number;
      total: number;
      method: string;
    }
  | { computable: false; reason: string; method: string };

export const DEFAULT_SIZING_OPTIONS: SizingOptions = Object.freeze({
  test: 'z',
  alpha: 0.05,
  power: 0.8,
  alternative: 'two-sided',
  ratio: 1,
  arms: 2,
});

export function sizeMetric(
  summary: MetricSummary,
  relativeEffect: number,
  options: Partial<SizingOptions> = {},
): SampleSize {
  const settings = checkSizingOptions({ ...DEFAULT_SIZING_OPTIONS, ...options });
  const method = 'two-sample z-test, exact power (both tails)';
  if (!Number.isFinite(relativeEffect)) {
    throw new SizingError(
      `effect size must be a finite number, got ${relativeEffect}`,
      EXIT_USAGE,
    );
  }

  const problem = summaryProblem(summary);
  if (problem !== null) return { computable: false, reason: problem, method };

  const mean = summary.mean as number;
  const d = (relativeEffect * mean) / (summary.sd as number);
  const design: ComparisonDesign = {
    alpha: settings.alpha / (settings.arms - 1),
    alternative: settings.alternative,
    ratio: settings.ratio,
  };
  return toSampleSize(zTestSampleSize(d, settings.power, design), settings, method);
}

function summaryProblem(summary: MetricSummary): string | null {
  if (summary.clientsKept === 0 || summary.mean === null) {
    return 'no clients: there are no metric values to size from';
  }
  if (summary.clientsKept === 1 || summary.sd === null) {
    return 'only one client: a standard deviation needs at least two values';
  }
  if (summary.sd === 0) {
    return 'standard deviation is 0: every kept client has the same value';
  }
  if (summary.mean === 0) {
    return 'mean is 0: a relative change of a zero mean is no change at all';
  }
  return null;
}

function toSampleSize(
  solution: Solution,
  settings: SizingOptions,
  method: string,
): SampleSize {
  if (!solution.computable) {
    return { computable: false, reason: solution.reason, method };
  }

  const control = solution.value;
  const treatment = control * settings.ratio;
  const total = control + (settings.arms - 1) * treatment;
  return { computable: true, control, treatment, total, method };
}
