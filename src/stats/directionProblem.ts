import type { Alternative } from './Alternative.js';

/**
 * Why a change of this sign can never be detected with this alternative,
 * or null when it can. A one-sided test that looks the other way rejects
 * less often than alpha however many clients it gets.
 */
export function directionProblem(
  change: number,
  alternative: Alternative,
): string | null {
  if (Number.isNaN(change)) return 'the effect is not a number';
  if (!Number.isFinite(change)) return 'the effect is too large to represent';
  if (change === 0) {
    return 'the effect size is 0: no sample size can detect no change';
  }
  if (alternative === 'larger' && change < 0) {
    return (
      "the effect is a decrease but the alternative is 'larger': " +
      'a one-sided test looking for an increase never gains power from it'
    );
  }
  if (alternative === 'smaller' && change > 0) {
    return (
      "the effect is an increase but the alternative is 'smaller': " +
      'a one-sided test looking for a decrease never gains power from it'
    );
  }
  return null;
}
