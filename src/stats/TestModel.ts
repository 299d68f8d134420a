import type { ComparisonDesign } from './ComparisonDesign.js';
import type { Solution } from './Solution.js';

/**
 * One statistical test, seen from sizing. `change` is the treatment minus
 * control difference in the test's own unit: standard deviations for the
 * z, t and Mann-Whitney tests, absolute proportion or rate otherwise.
 * Sizes count control clients; treatment has ratio × as many.
 */
export interface TestModel {
  /** How the numbers were computed, in words, for the output. */
  readonly method: string;
  /** Whether a sequential (confidence-sequence) threshold applies. */
  readonly allowsSequential: boolean;

  power(change: number, nControl: number, design: ComparisonDesign): Solution;

  sampleSize(change: number, power: number, design: ComparisonDesign): Solution;

  /** The smallest change reaching the power, signed like the alternative. */
  detectableChange(
    nControl: number,
    power: number,
    design: ComparisonDesign,
  ): Solution;
}
