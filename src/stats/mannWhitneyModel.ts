import { sizeSolution } from './sizeLimits.js';
import { solved } from './Solution.js';
import type { TestModel } from './TestModel.js';
import { tTestModel } from './tTestModel.js';

/**
 * The Mann-Whitney U (Wilcoxon rank-sum) test, sized through its asymptotic
 * relative efficiency (ARE) against the t-test: for large samples it needs
 * 1/ARE times the t-test's clients for the same power. The ARE depends on
 * the shape of the metric's distribution (Hodges & Lehmann 1956, "The
 * efficiency of some nonparametric competitors of the t-test", Annals of
 * Mathematical Statistics 27(2)): 3/π for normal data, 1 for uniform, π²/9
 * for logistic, 3/2 for Laplace (double exponential).
 */
export const MANN_WHITNEY_EFFICIENCY = {
  normal: 3 / Math.PI,
  uniform: 1,
  logistic: (Math.PI * Math.PI) / 9,
  laplace: 3 / 2,
} as const;

export type ParentDistribution = keyof typeof MANN_WHITNEY_EFFICIENCY;

export const PARENT_DISTRIBUTIONS = Object.keys(
  MANN_WHITNEY_EFFICIENCY,
) as ParentDistribution[];

const shownEfficiency: Record<ParentDistribution, string> = {
  normal: '3/π',
  uniform: '1',
  logistic: 'π²/9',
  laplace: '3/2',
};

/**
 * Where ARE × n overflows (n near the largest double), the t-test is the
 * z-test to every digit, and there n·ARE clients with effect d are exactly
 * n clients with effect d·√ARE.
 */
export function mannWhitneyModel(parent: ParentDistribution): TestModel {
  const are = MANN_WHITNEY_EFFICIENCY[parent];

  return {
    method:
      `Mann-Whitney U test: t-test size / ARE ` +
      `(${parent} parent, ARE ${shownEfficiency[parent]})`,
    allowsSequential: false,

    power(d, n, design) {
      if (Number.isFinite(n * are)) return tTestModel.power(d, n * are, design);
      return tTestModel.power(d * Math.sqrt(are), n, design);
    },

    sampleSize(d, power, design) {
      const t = tTestModel.sampleSize(d, power, design);
      return t.computable ? sizeSolution(t.value / are) : t;
    },

    detectableChange(n, power, design) {
      if (Number.isFinite(n * are)) {
        return tTestModel.detectableChange(n * are, power, design);
      }
      const effect = tTestModel.detectableChange(n, power, design);
      return effect.computable ? solved(effect.value / Math.sqrt(are)) : effect;
    },
  };
}
