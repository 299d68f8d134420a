/**
 * Root of a continuous function on [lo, hi] where it changes sign, to full
 * double precision.
 *
 * Each step guesses by inverse quadratic interpolation through the last
 * three points (a secant step when only two are known). A guess outside the
 * bracket, or a bracket that failed to halve over two steps, triggers a
 * bisection instead, so convergence is superlinear on smooth functions and
 * never much worse than bisection. This is the strategy of R. P. Brent
 * (1973), "Algorithms for Minimization without Derivatives", chapter 4.
 */

const EPSILON = Number.EPSILON;

interface Point {
  x: number;
  fx: number;
}

export interface RootOptions {
  /** Stop once the bracket is this narrow in absolute terms (default 0). */
  absoluteTolerance?: number;
  maxIterations?: number;
}

function interpolate(a: Point, b: Point, c: Point | null): number {
  const distinct = c !== null && c.fx !== a.fx && c.fx !== b.fx;
  if (!distinct || c === null) {
    return b.x - (b.fx * (b.x - a.x)) / (b.fx - a.fx);
  }

  const ab = a.fx - b.fx;
  const ac = a.fx - c.fx;
  const bc = b.fx - c.fx;
  return (
    (a.x * b.fx * c.fx) / (ab * ac) -
    (b.x * a.fx * c.fx) / (ab * bc) +
    (c.x * a.fx * b.fx) / (ac * bc)
  );
}

/** Keeps the guess inside the bracket and at least `tol` from its ends. */
function safeguard(guess: number, a: Point, b: Point, tol: number): number {
  const low = Math.min(a.x, b.x) + tol;
  const high = Math.max(a.x, b.x) - tol;
  if (!(guess > low - tol && guess < high + tol)) return 0.5 * (a.x + b.x);

  return Math.min(Math.max(guess, low), high);
}

export function findRoot(
  f: (x: number) => number,
  lo: number,
  hi: number,
  options: RootOptions = {},
): number {
  let a: Point = { x: lo, fx: f(lo) };
  let b: Point = { x: hi, fx: f(hi) };
  if (a.fx === 0) return lo;
  if (b.fx === 0) return hi;
  if (a.fx > 0 === b.fx > 0 || Number.isNaN(a.fx + b.fx)) {
    throw new RangeError(`no sign change between ${lo} and ${hi}`);
  }

  const absolute = options.absoluteTolerance ?? 0;
  const widths = [2 * Math.abs(hi - lo), 2 * Math.abs(hi - lo)];
  let third: Point | null = null;

  for (let i = 0; i < (options.maxIterations ?? 400); i++) {
    const width = Math.abs(b.x - a.x);
    const tol = 2 * EPSILON * Math.max(Math.abs(a.x), Math.abs(b.x));
    if (width <= 2 * tol + absolute || width <= Number.MIN_VALUE) break;

    const stalled = width > 0.5 * (widths[0] as number);
    const guess = stalled
      ? 0.5 * (a.x + b.x)
      : safeguard(interpolate(a, b, third), a, b, tol);

    const point = { x: guess, fx: f(guess) };
    if (point.fx === 0) return guess;
    if (Number.isNaN(point.fx)) throw new RangeError(`f(${guess}) is NaN`);

    if (point.fx > 0 === a.fx > 0) {
      third = a;
      a = point;
    } else {
      third = b;
      b = point;
    }
    widths.shift();
    widths.push(width);
  }
  return Math.abs(a.fx) < Math.abs(b.fx) ? a.x : b.x;
}
