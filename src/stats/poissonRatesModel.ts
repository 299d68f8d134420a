import { directionalModel } from './directionalModel.js';
import type { TestModel } from './TestModel.js';

/**
 * Difference of two Poisson rates (events per client over the analysis
 * window) by the textbook two-rate normal test: the estimate's variance is
 * λ_c/n_c + λ_t/n_t, so with equal arms
 *
 *   n = (z_{1-α/2} + z_power)² · (λ_c + λ_t) / (λ_t - λ_c)².
 *
 * The baseline is the control rate λ_c; the change is λ_t - λ_c.
 */
export function poissonRatesModel(baseline: number): TestModel {
  const baselineOk = baseline > 0 && Number.isFinite(baseline);

  return directionalModel({
    method:
      'two-rate Poisson z-test (closed form, rejections in the direction ' +
      'of the change)',
    baselineProblem: baselineOk
      ? null
      : `the baseline rate${shown(baseline)} is not a positive number of ` +
        'events',
    changeProblem: (change) => treatmentRateProblem(baseline + change),

    profile(change, ratio) {
      const sd = Math.sqrt(baseline + (baseline + change) / ratio);
      return { nullSd: sd, alternativeSd: sd };
    },

    changeLimit: (direction) => (direction > 0 ? Infinity : baseline),
  });
}

function treatmentRateProblem(rate: number): string | null {
  if (rate === Infinity) {
    return 'the treatment rate (baseline + change) is too large to represent';
  }
  return rate >= 0
    ? null
    : `the treatment rate${shown(rate)} would be negative`;
}

/** A value for a reason, left out when it is not a finite number. */
function shown(value: number): string {
  return Number.isFinite(value) ? ` ${value}` : '';
}
