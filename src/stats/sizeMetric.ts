import { EXIT_USAGE, SizingError } from '../SizingError.js';
import type { Alternative } from './Alternative.js';
import { checkSizingOptions } from './checkSizingOptions.js';
import { mannWhitneyModel } from './mannWhitneyModel.js';
import { planSampleSize } from './planSampleSize.js';
import { poissonRatesModel } from './poissonRatesModel.js';
import { pooledProportionsModel } from './pooledProportionsModel.js';
import { studyMethod, type StudyDesign } from './StudyDesign.js';
import type { TestModel } from './TestModel.js';
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

  const { model, change } = modelFor(settings.test, summary, relativeEffect);
  const study: StudyDesign = { ...settings, sequential: null };
  const problem = summaryProblem(summary);
  if (problem !== null) {
    const method = studyMethod(study, model);
    return { computable: false, reason: problem, method };
  }
  return planSampleSize(model, change, study);
}

/**
 * The test and the change in its unit. For proportions and Poisson rates
 * the kept mean is the baseline and the change is absolute; the other tests
 * take d = relative effect × mean / sd.
 */
function modelFor(
  test: SizingOptions['test'],
  summary: MetricSummary,
  relativeEffect: number,
): { model: TestModel; change: number } {
  const mean = summary.mean ?? NaN;
  const d = (relativeEffect * mean) / (summary.sd ?? NaN);

  switch (test) {
    case 'z':
      return { model: zTestModel, change: d };
    case 't':
      return { model: tTestModel, change: d };
    case 'mann-whitney':
      return { model: mannWhitneyModel('normal'), change: d };
    case 'proportions':
      return {
        model: pooledProportionsModel(mean),
        change: relativeEffect * mean,
      };
    case 'poisson':
      return { model: poissonRatesModel(mean), change: relativeEffect * mean };
  }
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
