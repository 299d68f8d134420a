import { notComputable, solved, type Solution } from './Solution.js';

/**
 * effect × times / over, the change in a test's own unit (d = effect ×
 * mean / sd, or effect × baseline), without a spurious overflow or
 * underflow on the way: the factors are combined in whichever order keeps
 * the intermediate an ordinary number. One such order exists whenever the
 * result itself is representable, so a result of 0 or Infinity is the true
 * result rounded, and `what` names it in the reason.
 */
export function scaledChange(
  effect: number,
  times: number,
  over: number,
  what: string,
): Solution {
  const change = product(effect, times, over);
  if (change === 0 && effect !== 0 && times !== 0) {
    return notComputable(
      `${what} is too small to represent (it underflows to 0), although ` +
        'the effect itself is not 0',
    );
  }
  if (!Number.isFinite(change)) {
    return notComputable(`${what} is too large to represent`);
  }
  return solved(change);
}

const SMALLEST_NORMAL = 2.2250738585072014e-308;

const ordinary = (x: number) =>
  Number.isFinite(x) && Math.abs(x) >= SMALLEST_NORMAL;

/** a·b/c through the first intermediate that stays an ordinary number. */
export function product(a: number, b: number, c: number): number {
  const orders: [number, (x: number) => number][] = [
    [a * b, (x) => x / c],
    [b / c, (x) => a * x],
    [a / c, (x) => x * b],
  ];
  const chosen = orders.find(([first]) => ordinary(first)) ?? orders[0]!;
  return chosen[1](chosen[0]);
}
