import type { ComparisonDesign } from './ComparisonDesign.js';
import { powerProblem } from './powerProblem.js';
import { directionProblem } from './directionProblem.js';
import { SIZE_UNDERFLOW } from './sizeLimits.js';
import { notComputable, type Solution } from './Solution.js';
import { solveIncreasingSize } from './solveIncreasingSize.js';
import {
  alignedNoncentrality,
  tCritical,
  tMissAt,
  tPowerAt,
  tTestDegrees,
} from './tTestPower.js';
import { zTestSampleSize } from './zTestSampleSize.js';

/** Below 3 clients in total the t-test has no degree of freedom left. */
const MIN_DEGREES = 1;

const TOO_SMALL =
  'the power is reached with fewer than 3 clients in total, where a ' +
  't-test has no variance estimate; the effect is too large to size ' +
  'with a t-test (use the z-test)';

/**
 * The smallest real control size at which the pooled two-sample t-test
 * reaches the requested power, unrounded (statsmodels' tt_ind_solve_power,
 * solved to full precision).
 *
 * The t-test needs more clients than the z-test with the same effect (it
 * estimates the variance), so the search starts from the z-test answer.
 * Above power 1/2 it matches 1 - power, whose small value keeps its digits.
 */
export function tTestSampleSize(
  d: number,
  power: number,
  design: ComparisonDesign,
): Solution {
  const problem = directionProblem(d, design.alternative);
  if (problem !== null) return notComputable(problem);
  const tooLow = powerProblem(power, design.alpha);
  if (tooLow !== null) return notComputable(tooLow);

  const floor = {
    size: (2 + MIN_DEGREES) / (1 + design.ratio),
    reason: TOO_SMALL,
  };
  const start = zTestSampleSize(d, power, { ...design, sequential: null });
  if (!start.computable && start.reason !== SIZE_UNDERFLOW) return start;

  // A z-test size that underflows is far below the floor, where the
  // search starts anyway.
  const lower = start.computable ? start.value : 0;
  return solveIncreasingSize(gapFor(d, power, design), lower, floor);
}

function gapFor(d: number, power: number, design: ComparisonDesign) {
  const { alpha, alternative } = design;

  return (n: number) => {
    const df = tTestDegrees(n, design.ratio);
    const critical = tCritical(alpha, df, alternative);
    const m = alignedNoncentrality(d, n, design);
    if (power <= 0.5) return tPowerAt(m, df, critical, alternative) - power;

    return 1 - power - tMissAt(m, df, critical, alternative);
  };
}
