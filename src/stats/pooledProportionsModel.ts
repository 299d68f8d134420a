import { directionalModel } from './directionalModel.js';
import { proportionProblem } from './proportionProblem.js';
import type { TestModel } from './TestModel.js';

/**
 * Difference of two proportions by the normal test that pools the two arms
 * under the null (the usual two-proportion z-test), sized by the textbook
 * closed form. The baseline is the control proportion; the change is the
 * treatment proportion minus it.
 *
 * statsmodels' samplesize_proportions_2indep_onetail gives the same numbers
 * when its nobs1 arm is given proportion baseline + change.
 */
export function pooledProportionsModel(baseline: number): TestModel {
  return directionalModel({
    method:
      'two-proportion z-test with pooled null variance (closed form, ' +
      'rejections in the direction of the change)',
    baselineProblem: proportionProblem('the baseline proportion', baseline),
    changeProblem: (change) =>
      proportionProblem('the treatment proportion', baseline + change),

    profile(change, ratio) {
      const treated = baseline + change;
      const pooled = (baseline + ratio * treated) / (1 + ratio);
      const spread = baseline * (1 - baseline);
      return {
        nullSd: Math.sqrt(pooled * (1 - pooled) * (1 + 1 / ratio)),
        alternativeSd: Math.sqrt(spread + (treated * (1 - treated)) / ratio),
      };
    },

    changeLimit: (direction) => (direction > 0 ? 1 - baseline : baseline),
  });
}
