import { notComputable, solved } from './Solution.js';
import { proportionProblem } from './proportionProblem.js';
import type { TestModel } from './TestModel.js';
import { zTestModel } from './zTestModel.js';

/**
 * Difference of two proportions on the arcsine scale: Cohen's
 * h = 2·asin√p_t - 2·asin√p_c is, to a good approximation, a standardized
 * effect with unit variance whatever the proportions (J. Cohen 1988,
 * "Statistical Power Analysis for the Behavioral Sciences", ch. 6), so the
 * z-test applies to it unchanged. The baseline is p_c; the change p_t - p_c.
 */
export function arcsineProportionsModel(baseline: number): TestModel {
  const angle = Math.asin(Math.sqrt(baseline));
  const h = (change: number) =>
    2 * Math.asin(Math.sqrt(baseline + change)) - 2 * angle;
  const problem = (change: number) =>
    proportionProblem('the baseline proportion', baseline) ??
    proportionProblem('the treatment proportion', baseline + change);

  return {
    method: "two-proportion arcsine test on Cohen's h (z-test, both tails)",
    allowsSequential: true,

    power(change, n, design) {
      const reason = problem(change);
      if (reason !== null) return notComputable(reason);
      return zTestModel.power(h(change), n, design);
    },

    sampleSize(change, power, design) {
      const reason = problem(change);
      if (reason !== null) return notComputable(reason);
      return zTestModel.sampleSize(h(change), power, design);
    },

    detectableChange(n, power, design) {
      const reason = proportionProblem('the baseline proportion', baseline);
      if (reason !== null) return notComputable(reason);

      const effect = zTestModel.detectableChange(n, power, design);
      if (!effect.computable) return effect;
      const target = angle + effect.value / 2;
      if (!(target > 0 && target < Math.PI / 2)) {
        return notComputable(
          'no treatment proportion in (0, 1) reaches the requested power ' +
            'with this many clients',
        );
      }
      return solved(Math.sin(target) ** 2 - baseline);
    },
  };
}
