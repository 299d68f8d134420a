import type { ComparisonDesign } from './ComparisonDesign.js';
import { powerProblem } from './powerProblem.js';
import { criticalValue, criticalVariesWithSize } from './criticalValue.js';
import { directionProblem } from './directionProblem.js';
import { controlForScale } from './effectiveSize.js';
import { normalShiftForPower } from './normalShiftForPower.js';
import { SIZE_UNDERFLOW, sizeSolution } from './sizeLimits.js';
import { notComputable, type Solution } from './Solution.js';
import { solveIncreasingSize } from './solveIncreasingSize.js';
import { zTestPower } from './zTestPower.js';

/**
 * The smallest real control size at which the two-sample z-test detects a
 * standardized effect d with the requested power, unrounded.
 *
 * The power depends on n only through the shift d·√(n_eff), so the shift is
 * solved first (exactly, both tails) and n follows in closed form. A
 * sequential threshold tuned at a fixed size also moves with n; then n is
 * found by root search upwards from the fixed-horizon size (the boundary is
 * wider than the one-look threshold), where power rises with n.
 */
export function zTestSampleSize(
  d: number,
  power: number,
  design: ComparisonDesign,
): Solution {
  const problem = directionProblem(d, design.alternative);
  if (problem !== null) return notComputable(problem);
  const tooLow = powerProblem(power, design.alpha);
  if (tooLow !== null) return notComputable(tooLow);
  if (!criticalVariesWithSize(design)) {
    return sizeAtThreshold(d, power, design, criticalValue(design, 1));
  }

  const plain = { ...design, sequential: null };
  const start = sizeAtThreshold(d, power, plain, criticalValue(plain, 1));
  if (!start.computable && start.reason !== SIZE_UNDERFLOW) return start;

  // The boundary widens as n shrinks, so a one-look size that underflows
  // does not mean this one does: search from the smallest size instead.
  const lower = start.computable ? start.value : 0;
  const gap = (n: number) => zTestPower(d, n, design) - power;
  return solveIncreasingSize(gap, lower);
}

function sizeAtThreshold(
  d: number,
  power: number,
  design: ComparisonDesign,
  critical: number,
): Solution {
  const shift = normalShiftForPower(power, critical, design.alternative);
  if (!shift.computable) return shift;

  return sizeSolution(controlForScale(shift.value / d, design.ratio));
}
