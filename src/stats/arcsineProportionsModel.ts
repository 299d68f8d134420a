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
  const h = (change: number) => cohensH(angle, baseline + change, change);
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
      // sin²(θ + h/2) - sin²θ, written as a product: no cancellation
      // when the change is tiny next to the baseline.
      const half = effect.value / 2;
      return solved(Math.sin(2 * angle + half) * Math.sin(half));
    },
  };
}

/**
 * 2·(asin√p_t - asin√p_c) from the angle of p_c, p_t and the change
 * p_t - p_c. With θ the two angles, sin²θ_t - sin²θ_c = sin(θ_t + θ_c) ·
 * sin(θ_t - θ_c), so the difference of angles comes from the change itself
 * rather than from two nearly equal arcsines: a change of 1e-20 on 0.5
 * gives h ≈ 4e-20, not 0.
 */
function cohensH(angle: number, treated: number, change: number): number {
  const sum = angle + Math.asin(Math.sqrt(treated));
  const ratio = Math.min(1, Math.max(-1, change / Math.sin(sum)));
  return 2 * Math.asin(ratio);
}
