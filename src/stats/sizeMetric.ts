import { EXIT_USAGE, SizingError } from '../SizingError.js';
import type { Alternative } from './Alternative.js';
import { checkSizingOptions } from './checkSizingOptions.js';
import { mannWhitneyModel } from './mannWhitneyModel.js';
import { planSampleSize } from './planSampleSize.js';
import { poissonRatesModel } from './poissonRatesModel.js';
import { pooledProportionsModel } from './pooledProportionsModel.js';
import { studyMethod, type StudyDesign } from './StudyDesign.js';
import type { TestModel } from './TestModel.js';
import { SIZE_OVERFLOW } from './sizeLimits.js';
import { scaledChange } from './scaledChange.js';
import type { Solution } from './Solution.js';
import { tTestModel } from './tTestModel.js';
import { zTestModel } from './zTestModel.js';

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
  const settings = checkSizingOptions({
    ...DEFAULT_SIZING_OPTIONS,
    ...options,
  });
  if (!Number.isFinite(relativeEffect)) {
    throw new SizingError(
      `effect size must be a finite number, got ${relativeEffect}`,
      EXIT_USAGE,
    );
  }

  const model = modelFor(settings.test, summary.mean ?? NaN);
  const study: StudyDesign = { ...settings, sequential: null };
  const method = studyMethod(study, model);
  const problem = summaryProblem(summary);
  if (problem !== null) return { computable: false, reason: problem, method };

  const change = changeFor(settings.test, summary, relativeEffect);
  if (!change.computable) {
    return { computable: false, reason: change.reason, method };
  }
  return usable(planSampleSize(model, change.value, study));
}

/** The test; proportions and Poisson rates take the mean as baseline. */
function modelFor(test: SizingOptions['test'], mean: number): TestModel {
  switch (test) {
    case 'z':
      return zTestModel;
    case 't':
      return tTestModel;
    case 'mann-whitney':
      return mannWhitneyModel('normal');
    case 'proportions':
      return pooledProportionsModel(mean);
    case 'poisson':
      return poissonRatesModel(mean);
  }
}

/**
 * The change in the test's unit: absolute (relative effect × mean) for
 * proportions and rates, d = relative effect × mean / sd otherwise.
 */
function changeFor(
  test: SizingOptions['test'],
  summary: MetricSummary,
  relativeEffect: number,
): Solution {
  const mean = summary.mean as number;
  if (test === 'proportions' || test === 'poisson') {
    return scaledChange(relativeEffect, mean, 1, 'the change (effect × mean)');
  }
  const what = 'the standardized effect (effect × mean / sd)';
  return scaledChange(relativeEffect, mean, summary.sd as number, what);
}

/**
 * The nightly pipeline also reports each size as a percentage of the
 * population (100 × control / clients); a size it cannot scale that way
 * is no use to it.
 */
function usable(size: SampleSize): SampleSize {
  if (!size.computable) return size;
  const { control, treatment, total, method } = size;
  const numbers = [control, treatment, total, 100 * control];
  if (numbers.every(Number.isFinite)) return size;
  return { computable: false, reason: SIZE_OVERFLOW, method };
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
