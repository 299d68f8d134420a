import type { ComparisonDesign } from './ComparisonDesign.js';
import { criticalValue } from './criticalValue.js';
import { effectiveScale } from './effectiveSize.js';
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
  const shift = d * effectiveScale(nControl, design.ratio);
  const critical = criticalValue(design, nControl);

  return normalTestPower(shift, critical, design.alternative);
}
