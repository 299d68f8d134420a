import { findRoot } from './findRoot.js';
import {
  SIZE_OVERFLOW,
  sizeSolution,
  UNDERFLOW_FLOOR,
  type SizeFloor,
} from './sizeLimits.js';
import { notComputable, solved, type Solution } from './Solution.js';

/** ln of the largest double: sizes above it cannot be represented. */
const LOG_MAX = Math.log(Number.MAX_VALUE);

/**
 * The size n at which an increasing function `gap(n)` crosses zero, given
 * `start`, a lower bound of the answer (the size of a test that needs fewer
 * clients), and never below `floor`. The bracket is grown by doubling, then
 * the root is found on ln n so that it is precise relative to n whatever
 * its magnitude.
 *
 * Every evaluation goes through ln n, so the bracket's signs are those the
 * root search sees. Where the answer differs from `start` by less than the
 * rounding of `gap` (a t-test with 10^15 clients is a z-test to 16 digits),
 * `gap(start)` may already look non-negative; `start` is then the answer
 * as far as doubles can tell.
 */
export function solveIncreasingSize(
  gap: (n: number) => number,
  start: number,
  floor: SizeFloor = UNDERFLOW_FLOOR,
): Solution {
  const bottom = floor.size > UNDERFLOW_FLOOR.size ? floor : UNDERFLOW_FLOOR;
  const first = Math.max(start, bottom.size);
  if (!(first <= Number.MAX_VALUE)) return notComputable(SIZE_OVERFLOW);

  const atLog = (v: number) => gap(Math.exp(v));
  let lo = Math.log(first);
  if (atLog(lo) >= 0) {
    return first > start ? notComputable(bottom.reason) : solved(start);
  }
  let hi = lo;
  for (;;) {
    hi = Math.min(lo + Math.LN2, LOG_MAX);
    if (atLog(hi) >= 0) break;
    if (hi === LOG_MAX) return notComputable(SIZE_OVERFLOW);
    lo = hi;
  }
  // exp(ln n) can come back a few ulps below `start`, which bounds it.
  const root = Math.exp(findRoot(atLog, lo, hi));
  return sizeSolution(Math.max(root, start));
}
