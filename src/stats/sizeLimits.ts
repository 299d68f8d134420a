import { notComputable, solved, type Solution } from './Solution.js';

/**
 * Sample sizes that exist mathematically but not as doubles. A size below
 * one client is a real answer (the power is reached with a fraction of a
 * client, so one client per branch is enough); a size that underflows to 0
 * is not, and neither is one beyond the largest double.
 */

export const SIZE_OVERFLOW =
  'the sample size is beyond what can be represented';

export const SIZE_UNDERFLOW =
  'the effect is so large that one client per branch already reaches ' +
  'the power (the exact size, a tiny fraction of one client, is too ' +
  'small to represent)';

/** The smallest size a search may try, and what to say below it. */
export interface SizeFloor {
  size: number;
  reason: string;
}

/** Below the smallest normal double a size would lose its digits. */
export const UNDERFLOW_FLOOR: SizeFloor = Object.freeze({
  size: 2.2250738585072014e-308,
  reason: SIZE_UNDERFLOW,
});

/** A computed sample size, or why it is not one. */
export function sizeSolution(size: number): Solution {
  if (Number.isNaN(size)) throw new RangeError('sample size is NaN');
  if (size > Number.MAX_VALUE) return notComputable(SIZE_OVERFLOW);
  if (size < UNDERFLOW_FLOOR.size) return notComputable(SIZE_UNDERFLOW);
  return solved(size);
}
