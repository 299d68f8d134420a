import type { Alternative } from './Alternative.js';
import { findRoot } from './findRoot.js';
import { normalSf } from './normalCdf.js';
import { normalPpf } from './normalQuantile.js';
import { normalTestMiss, normalTestPower } from './normalTestPower.js';
import { notComputable, solved, type Solution } from './Solution.js';

/**
 * The size of the mean shift (in standard errors) at which a normal test
 * with threshold `critical` reaches `power`: the inverse of
 * normalTestPower. The result is a magnitude; its sign is the alternative's.
 *
 * One-sided, the inverse is closed-form. Two-sided, the far tail makes it
 * implicit: the closed form that ignores that tail gives an upper bound, and
 * the exact root lies between 0 and that bound. Above power 1/2 the
 * equation is solved on 1 - power, whose small value keeps full relative
 * precision where the power itself would round.
 */
export function normalShiftForPower(
  power: number,
  critical: number,
  alternative: Alternative,
): Solution {
  const oneSided = critical + normalPpf(power);
  if (alternative !== 'two-sided') {
    return oneSided > 0 ? solved(oneSided) : tooLowPower(critical, 1);
  }

  if (!(power > 2 * normalSf(critical))) return tooLowPower(critical, 2);
  return solved(findRoot(twoSidedGap(power, critical), 0, oneSided));
}

function twoSidedGap(power: number, critical: number) {
  if (power <= 0.5) {
    return (shift: number) =>
      normalTestPower(shift, critical, 'two-sided') - power;
  }

  const miss = 1 - power;
  return (shift: number) => miss - normalTestMiss(shift, critical);
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
