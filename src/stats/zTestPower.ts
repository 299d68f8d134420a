import type { ComparisonDesign } from './ComparisonDesign.js';
import { effectiveSize } from './effectiveSize.js';
import { normalCritical } from './normalCritical.js';
import { normalTestPower } from './normalTestPower.js';

/**
 * Power of the two-sample z-test (known variance) for a standardized effect
 * d = (treatment mean - control mean) / sd, with nControl clients in control
 * and ratio × nControl in treatment. Two-sided power includes both tails,
 * like statsmodels' NormalIndPower.
 */
export function zTestPower(
  d: number,
  nControl: number,
  design: ComparisonDesign,
): number {
  const shift = d * Math.sqrt(effectiveSize(nControl, design.ratio));
  const critical = normalCritical(design.alpha, design.alternative);

  return normalTestPower(shift, critical, design.alternative);
}
