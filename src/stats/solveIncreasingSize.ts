import { findRoot } from './findRoot.js';
import { notComputable, solved, type Solution } from './Solution.js';

const BELOW_FLOOR =
  'the requested power is reached below the smallest size the test allows';

/**
 * The size n at which an increasing function `gap(n)` crosses zero, searched
 * from `start`, which should be just below the answer, and never below
 * `floor`. The bracket is grown by halving or doubling, then the root is
 * found on ln n so that it is precise relative to n whatever its magnitude.
 */
export function solveIncreasingSize(
  gap: (n: number) => number,
  start: number,
  floor = 0,
): Solution {
  let lo = Math.max(start, floor);
  while (gap(lo) >= 0) {
    if (lo <= floor || lo < 1e-300) return notComputable(BELOW_FLOOR);
    lo = Math.max(lo / 2, floor);
  }

  let hi = 2 * lo;
  while (gap(hi) < 0) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) {
      return notComputable('no sample size reaches the requested power');
    }
  }

  const root = findRoot((v) => gap(Math.exp(v)), Math.log(lo), Math.log(hi));
  return solved(Math.exp(root));
}
