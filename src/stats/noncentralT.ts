import { findRoot } from './findRoot.js';
import { millsRatio } from './millsRatio.js';
import { logNormalCdf, normalCdf, normalSf } from './normalCdf.js';
import { normalPdf } from './normalPdf.js';
import { stirlingRemainder } from './stirlingRemainder.js';

/**
 * The noncentral t distribution with ν degrees of freedom and
 * noncentrality δ: the law of T = (Z + δ) / S, with Z standard normal and
 * S = √(V/ν), V chi-square with ν degrees of freedom, independent.
 *
 * Conditioning on S gives P(T <= x) = E[Φ(x·S - δ)] and
 * P(T > x) = E[Φ(δ - x·S)]. Each is computed as that one-dimensional
 * integral, in the variable u = ln S, by the trapezoidal rule:
 * - the integrand is log-concave in S (the chi density times S is
 *   s^ν·exp(-ν s²/2), and Φ of an affine function is log-concave), so it
 *   has one peak; the rule is centred there and stepped outwards until the
 *   integrand falls below e^-46 of the peak;
 * - the integrand is analytic and decays on both sides, where the
 *   trapezoidal rule converges geometrically in 1/step (Trefethen &
 *   Weideman 2014, "The exponentially convergent trapezoidal rule", SIAM
 *   Review 56(3)): the error is about exp(-2π·d/step) for an integrand
 *   analytic in a strip of half-width d. The step is a third of the peak's
 *   width, and never above 0.1: the chi factor exp(-ν e^{2u}/2) is only
 *   well behaved for |Im u| < π/4, which bounds the error by e^-49.
 * Both tails are integrated separately, in logs, so each keeps its relative
 * precision down to 1e-300, and nothing depends on ν being small or an
 * integer: ν = 1 and ν = 10^9 go through the same code.
 */

const STEPS_PER_WIDTH = 3;
const CUTOFF = 46;
const MAX_STEP = 0.1;
const MAX_POINTS = 100000;
const LOG_SQRT_2PI = 0.9189385332046728;

/** e^{2u} - 1 - 2u without cancellation for small u. */
function exponentialGap(u: number): number {
  const v = 2 * u;
  if (Math.abs(v) > 0.1) return Math.expm1(v) - v;

  let term = v * v * 0.5;
  let sum = term;
  for (let k = 3; k < 30; k++) {
    term *= v / k;
    sum += term;
    if (Math.abs(term) < 1e-17 * sum) break;
  }
  return sum;
}

/** log of the density of u = ln S, up to the term -a·gap(u). */
function logDensityConstant(a: number): number {
  return Math.LN2 + 0.5 * Math.log(a) - LOG_SQRT_2PI - stirlingRemainder(a);
}

/** φ(z)/Φ(z), the derivative of log Φ. */
function hazard(z: number): number {
  if (z <= 0) return 1 / millsRatio(-z);
  return normalPdf(z) / normalCdf(z);
}

interface Integrand {
  df: number;
  /** Integrates Φ(sign·(x·s - δ)). */
  sign: number;
  x: number;
  nc: number;
}

/** d/ds of log[s^ν·exp(-ν s²/2)·Φ(sign·(x s - δ))]; decreasing in s. */
function slope(f: Integrand, s: number): number {
  const z = f.sign * (f.x * s - f.nc);
  return f.df / s - f.df * s + f.sign * f.x * hazard(z);
}

/** Second derivative in u = ln s at a point where the slope is zero. */
function curvature(f: Integrand, s: number): number {
  const z = f.sign * (f.x * s - f.nc);
  const h = hazard(z);
  const inner = -f.df / (s * s) - f.df - f.x * f.x * h * (z + h);
  return s * s * inner;
}

function peak(f: Integrand): number {
  let lo = 1;
  let hi = 1;
  while (slope(f, lo) < 0) lo /= 2;
  while (slope(f, hi) > 0) hi *= 2;
  if (lo === hi) return lo;

  return findRoot((s) => slope(f, s), lo, hi, {
    absoluteTolerance: 1e-10 * hi,
  });
}

function logIntegrand(f: Integrand, u: number, constant: number): number {
  const z = f.sign * (f.x * Math.exp(u) - f.nc);
  return logNormalCdf(z) + constant - 0.5 * f.df * exponentialGap(u);
}

/** Σ exp(L(u0 + k·h) - L(u0)) for k = 1, 2, … in one direction. */
function sweep(
  f: Integrand,
  u0: number,
  step: number,
  top: number,
  constant: number,
): number {
  let sum = 0;
  for (let k = 1; k < MAX_POINTS; k++) {
    const level = logIntegrand(f, u0 + k * step, constant) - top;
    if (level < -CUTOFF) return sum;
    sum += Math.exp(level);
  }
  throw new Error('noncentral t integral did not converge');
}

/**
 * Where x·s - δ changes sign (s = δ/x > 0), Φ turns from 0 to 1 over about
 * 1/|δ| in u. That edge can sit on the flat side of the peak, where the
 * curvature does not reveal it, so it bounds the step on its own.
 */
function transitionWidth(f: Integrand): number {
  const crosses = f.nc / f.x > 0;
  return crosses ? 1 / Math.abs(f.nc) : Infinity;
}

function integrate(f: Integrand): number {
  const constant = logDensityConstant(0.5 * f.df);
  const s0 = peak(f);
  const u0 = Math.log(s0);
  const width = Math.min(
    1 / Math.sqrt(-curvature(f, s0)),
    transitionWidth(f),
  );
  const step = Math.min(width / STEPS_PER_WIDTH, MAX_STEP);

  const top = logIntegrand(f, u0, constant);
  const sum =
    1 + sweep(f, u0, step, top, constant) + sweep(f, u0, -step, top, constant);
  return Math.exp(top + Math.log(step * sum));
}

function check(df: number, x: number, nc: number): void {
  if (!(df > 0) || Number.isNaN(x) || !Number.isFinite(nc)) {
    throw new RangeError(
      `noncentral t needs df > 0, a number x and a finite nc; ` +
        `got df=${df}, x=${x}, nc=${nc}`,
    );
  }
}

/** P(T <= x) for T noncentral t with `df` degrees of freedom. */
export function noncentralTCdf(x: number, df: number, nc: number): number {
  check(df, x, nc);
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  if (x === 0) return normalSf(nc);

  return integrate({ df, sign: 1, x, nc });
}

/** P(T > x) for T noncentral t with `df` degrees of freedom. */
export function noncentralTSf(x: number, df: number, nc: number): number {
  check(df, x, nc);
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  if (x === 0) return normalCdf(nc);

  return integrate({ df, sign: -1, x, nc });
}
