import type { ComparisonDesign } from './ComparisonDesign.js';
import { powerProblem } from './powerProblem.js';
import { criticalValue } from './criticalValue.js';
import { effectiveScale } from './effectiveSize.js';
import { normalShiftForPower } from './normalShiftForPower.js';
import { notComputable, solved, type Solution } from './Solution.js';

/**
 * The smallest standardized effect the two-sample z-test detects with the
 * requested power at nControl clients in control: the minimum detectable
 * effect. Negative for alternative 'smaller'; a magnitude for two-sided.
 */
export function zTestEffect(
  nControl: number,
  power: number,
  design: ComparisonDesign,
): Solution {
  const tooLow = powerProblem(power, design.alpha);
  if (tooLow !== null) return notComputable(tooLow);
  const critical = criticalValue(design, nControl);
  const shift = normalShiftForPower(power, critical, design.alternative);
  if (!shift.computable) return shift;

  const d = shift.value / effectiveScale(nControl, design.ratio);
  return solved(design.alternative === 'smaller' ? -d : d);
}
