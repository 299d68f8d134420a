import type { ComparisonDesign } from './ComparisonDesign.js';
import { powerProblem } from './powerProblem.js';
import { criticalValue, criticalVariesWithSize } from './criticalValue.js';
import { directionProblem } from './directionProblem.js';
import { controlForEffectiveSize } from './effectiveSize.js';
import { normalShiftForPower } from './normalShiftForPower.js';
import { notComputable, solved, type Solution } from './Solution.js';
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
  if (!start.computable) return start;

  const gap = (n: number) => zTestPower(d, n, design) - power;
  return solveIncreasingSize(gap, start.value);
}

function sizeAtThreshold(
  d: number,
  power: number,
  design: ComparisonDesign,
  critical: number,
): Solution {
  const shift = normalShiftForPower(power, critical, design.alternative);
  if (!shift.computable) return shift;

  const size = (shift.value / d) ** 2;
  return solved(controlForEffectiveSize(size, design.ratio));
}
