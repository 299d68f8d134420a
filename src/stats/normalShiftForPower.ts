import type { Alternative } from './Alternative.js';
import { findRoot } from './findRoot.js';
import { normalSf } from './normalCdf.js';
import { normalIsf } from './normalQuantile.js';
import { notComputable, solved, type Solution } from './Solution.js';

/**
 * The size of the mean shift (in standard errors) at which a normal test
 * with threshold `critical` reaches `power`: the inverse of
 * normalTestPower. The result is a magnitude; its sign is the alternative's.
 *
 * One-sided, the inverse is closed-form. Two-sided, the far tail makes it
 * implicit. Solved on the power itself it is ill-posed: once the far tail
 * drops below the rounding of the power (about 1e-20 for alpha 0.001), the
 * power equation cannot tell the root from the closed form that ignores
 * that tail. So the equation is solved for the shift instead (see
 * `twoSidedShift`): the closed form is where that search starts, and it
 * stops there when the far tail vanishes in rounding.
 */
export function normalShiftForPower(
  power: number,
  critical: number,
  alternative: Alternative,
): Solution {
  if (alternative !== 'two-sided') {
    const oneSided = critical - normalIsf(power);
    return oneSided > 0 ? solved(oneSided) : tooLowPower(critical, 1);
  }
  if (!(power > 2 * normalSf(critical))) return tooLowPower(critical, 2);

  const shift = twoSidedShift(power, critical);
  return shift === null ? notComputable(UNRESOLVED) : solved(shift);
}

/** Fixed-point steps before handing over to the bracketing search. */
const FIXED_POINT_STEPS = 6;

/**
 * The root of shift = T(shift), T(λ) = the near-tail shift given the far
 * tail at λ. T increases with λ and T(bound) <= bound, so the iterates from
 * the bound fall monotonically onto the root, each error times
 * T' = e^(-2·c·λ) (below 1e-4 for alpha 0.05, power 0.8: three steps).
 * Where that rate is slow (a shift near 0) a bracketing search on
 * shift - T(shift) finishes: the current iterate is still an upper bound.
 */
function twoSidedShift(power: number, critical: number): number | null {
  const next = (shift: number) =>
    nearTailShift(power, critical, normalSf(critical + shift));
  let shift = nearTailShift(power, critical, 0);
  for (let i = 0; i < FIXED_POINT_STEPS; i++) {
    const rate = Math.exp(-2 * critical * shift);
    if (rate > 0.5) break;
    const moved = next(shift);
    // What is left of the error after this step, at most.
    const left = ((shift - moved) * rate) / (1 - rate);
    if (!(left > Number.EPSILON * moved)) return Math.min(moved, shift);
    shift = moved;
  }

  const gap = (x: number) => x - next(x);
  if (!(gap(shift) > 0)) return shift;
  if (!(gap(0) < 0)) return null;
  return findRoot(gap, 0, shift);
}

const UNRESOLVED =
  'the requested power is so close to the significance level that the ' +
  'shift it needs is lost in rounding';

/**
 * The shift at which the near tail alone brings the power up to `power`,
 * once the far tail `farTail` is counted: the root of
 * P(Z > c - λ) = power - farTail. Above power 1/2 it is written on
 * 1 - power, which keeps its digits where the power rounds.
 */
function nearTailShift(power: number, critical: number, farTail: number) {
  if (power <= 0.5) return critical - normalIsf(power - farTail);
  return critical + normalIsf(1 - power + farTail);
}

function tooLowPower(critical: number, tails: number): Solution {
  const level = tails * normalSf(critical);
  return notComputable(
    `the requested power is not above the significance level ` +
      `(${formatShort(level)}), which the test reaches with no data at all`,
  );
}

function formatShort(value: number): string {
  return Number(value.toPrecision(6)).toString();
}
