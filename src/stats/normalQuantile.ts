import { logNormalSf } from './normalCdf.js';
import { millsRatio } from './millsRatio.js';
import { normalPdf } from './normalPdf.js';

/**
 * Quantiles of the standard normal distribution: normalPpf(q) is the x with
 * P(Z <= x) = q and normalIsf(q) the x with P(Z > x) = q.
 *
 * Each is found by iterating on the distribution function itself, so the
 * quantile is as precise as Φ (about 1e-15 relative, down to q = 1e-300):
 * - near the centre, on Φ(x) - 1/2 from its power series, because 1/2 - q
 *   is exact there while Φ(x) itself would hide the low digits of a small x;
 * - in the tails, on log(1 - Φ(y)), which keeps the iteration well scaled
 *   when the probability is tiny.
 */

const SQRT_2PI = 2.5066282746310002;
const CENTRE = 0.25;

/** Φ(x) - 1/2 = φ(x)·(x + x³/3 + x⁵/(3·5) + …), all terms positive. */
function centralMass(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;

  for (let k = 3; k < 200; k += 2) {
    term *= x2 / k;
    sum += term;
    if (term <= 1e-17 * sum) break;
  }
  return normalPdf(x) * sum;
}

/** Solves Φ(x) - 1/2 = p for |p| <= 1/4 by Newton steps. */
function centralQuantile(p: number): number {
  if (p === 0) return 0;
  const sign = p < 0 ? -1 : 1;
  const target = Math.abs(p);
  let x = target * SQRT_2PI;

  for (let i = 0; i < 20; i++) {
    const step = (centralMass(x) - target) / normalPdf(x);
    x -= step;
    if (Math.abs(step) <= 1e-16 * x) break;
  }
  return sign * x;
}

/**
 * Starting point for the upper-tail quantile, from the rational formula of
 * Abramowitz & Stegun (1964), 26.2.22 (error below 3e-3).
 */
function tailGuess(q: number): number {
  const t = Math.sqrt(-2 * Math.log(q));
  return t - (2.30753 + 0.27061 * t) / (1 + t * (0.99229 + 0.04481 * t));
}

/** Solves P(Z > y) = q for 0 < q < 1/4 by Newton steps on the log. */
function upperTailQuantile(q: number): number {
  const target = Math.log(q);
  let y = tailGuess(q);

  for (let i = 0; i < 30; i++) {
    const step = (logNormalSf(y) - target) * millsRatio(y);
    y += step;
    if (Math.abs(step) <= 1e-16 * y) break;
  }
  return y;
}

function checkProbability(q: number): void {
  if (!(q >= 0 && q <= 1)) {
    throw new RangeError(`a probability must be in [0, 1], got ${q}`);
  }
}

/** x such that P(Z > x) = q. */
export function normalIsf(q: number): number {
  checkProbability(q);
  if (q === 0) return Infinity;
  if (q === 1) return -Infinity;
  if (q < CENTRE) return upperTailQuantile(q);
  if (q > 1 - CENTRE) return -upperTailQuantile(1 - q);

  return centralQuantile(0.5 - q);
}

/** x such that P(Z <= x) = q. */
export function normalPpf(q: number): number {
  checkProbability(q);
  if (q === 0) return -Infinity;
  if (q === 1) return Infinity;
  if (q < CENTRE) return -upperTailQuantile(q);
  if (q > 1 - CENTRE) return upperTailQuantile(1 - q);

  return centralQuantile(q - 0.5);
}
