/**
 * Mills ratio R(x) = (1 - Φ(x)) / φ(x) for x >= 0.
 *
 * Upper tail probabilities are built from R because R stays smooth and of
 * order 1/x where the tail itself underflows, and because φ·R has no
 * cancellation, unlike 1 - Φ.
 *
 * Far out, Laplace's continued fraction
 *   R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …))))
 * converges in a couple of dozen terms. Nearer the centre it needs hundreds,
 * so there R is expanded in a Taylor series around the closest point of a
 * grid, following the idea in G. Marsaglia (2004), "Evaluating the Normal
 * Distribution", Journal of Statistical Software 11(4). Derivatives come
 * from the differential equation R' = xR - 1. Grid values are computed once,
 * from the continued fraction run long enough to converge fully.
 */

const GRID_STEP = 0.25;
const GRID_END = 6;
const R_AT_ZERO = 1.2533141373155003; // √(π/2), exact value at x = 0

/** Evaluates the continued fraction from its n-th term back to the first. */
function continuedFraction(x: number, terms: number): number {
  let tail = 0;
  for (let k = terms; k >= 1; k--) tail = k / (x + tail);

  return 1 / (x + tail);
}

/** Enough terms for full double precision; generous near the centre. */
function termsNeeded(x: number, safety: number): number {
  return Math.ceil(12 + safety / (x * x));
}

function buildGrid(): Float64Array {
  const size = Math.round(GRID_END / GRID_STEP) + 1;
  const grid = new Float64Array(size);
  grid[0] = R_AT_ZERO;

  for (let i = 1; i < size; i++) {
    const x = i * GRID_STEP;
    grid[i] = continuedFraction(x, termsNeeded(x, 4000));
  }
  return grid;
}

const grid = buildGrid();

/**
 * Taylor series of R around grid point c, step h (|h| <= GRID_STEP / 2).
 * With t_n = R⁽ⁿ⁾(c)/n!, the differential equation gives
 * t_{n+1} = (c·t_n + t_{n-1}) / (n + 1).
 */
function taylor(c: number, rc: number, h: number): number {
  let previous = rc;
  let current = c * rc - 1;
  let sum = rc + current * h;
  let power = h;

  for (let n = 1; n < 60; n++) {
    const next = (c * current + previous) / (n + 1);
    power *= h;
    const term = next * power;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    previous = current;
    current = next;
  }
  return sum;
}

export function millsRatio(x: number): number {
  if (!(x >= 0)) throw new RangeError(`millsRatio needs x >= 0, got ${x}`);

  if (x > GRID_END + GRID_STEP / 2) {
    return continuedFraction(x, termsNeeded(x, 400));
  }

  const index = Math.round(x / GRID_STEP);
  const c = index * GRID_STEP;
  return taylor(c, grid[index] as number, x - c);
}
