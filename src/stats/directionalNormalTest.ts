import type { Alternative } from './Alternative.js';
import { normalSf } from './normalCdf.js';
import { normalPpf } from './normalQuantile.js';

/**
 * A normal-approximation test of a difference whose estimate has variance
 * nullSd²/n under the null and alternativeSd²/n under the alternative (n the
 * control size): the two-proportion test with pooled null variance, and the
 * two-rate Poisson test.
 *
 * Sizes use the textbook closed form (Fleiss, Levin & Paik 2003,
 * "Statistical Methods for Rates and Proportions", 3rd ed., §4.2)
 *
 *   n = ((c·nullSd + z_power·alternativeSd) / change)²,
 *
 * which counts rejections in the direction of the change only. For a
 * two-sided test the opposite tail would add the chance of declaring the
 * wrong direction, which is not a detection; at the sizes the formula gives
 * it is below 1e-5. Power is computed the same way, so n → power → n
 * round-trips exactly.
 */
export interface VarianceProfile {
  nullSd: number;
  alternativeSd: number;
}

/** Whether a change of this sign is what the test looks for. */
function pointsRightWay(change: number, alternative: Alternative) {
  if (alternative === 'two-sided') return true;
  return alternative === 'larger' ? change > 0 : change < 0;
}

export function directionalPower(
  change: number,
  nControl: number,
  critical: number,
  profile: VarianceProfile,
  alternative: Alternative,
): number {
  const shift = Math.abs(change) * Math.sqrt(nControl);
  const threshold = critical * profile.nullSd;
  const sign = pointsRightWay(change, alternative) ? -1 : 1;

  return normalSf((threshold + sign * shift) / profile.alternativeSd);
}

/** The closed form above, or null when the power needs no clients. */
export function directionalSampleSize(
  change: number,
  power: number,
  critical: number,
  profile: VarianceProfile,
): number | null {
  const spread =
    critical * profile.nullSd + normalPpf(power) * profile.alternativeSd;
  if (!(spread > 0)) return null;

  return (spread / change) ** 2;
}
