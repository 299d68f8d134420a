import type { ComparisonDesign } from './ComparisonDesign.js';
import { directionProblem } from './directionProblem.js';
import { controlForEffectiveSize } from './effectiveSize.js';
import { normalCritical } from './normalCritical.js';
import { normalShiftForPower } from './normalShiftForPower.js';
import { notComputable, solved, type Solution } from './Solution.js';

/**
 * The smallest real control size at which the two-sample z-test detects a
 * standardized effect d with the requested power, unrounded.
 *
 * The power depends on n only through the shift d·√(n_eff), so the shift is
 * solved first (exactly, both tails) and n follows in closed form.
 */
export function zTestSampleSize(
  d: number,
  power: number,
  design: ComparisonDesign,
): Solution {
  const problem = directionProblem(d, design.alternative);
  if (problem !== null) return notComputable(problem);

  const critical = normalCritical(design.alpha, design.alternative);
  const shift = normalShiftForPower(power, critical, design.alternative);
  if (!shift.computable) return shift;

  const size = (shift.value / d) ** 2;
  return solved(controlForEffectiveSize(size, design.ratio));
}
