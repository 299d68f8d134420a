import { integrateAcrossEdge } from './edgeQuadrature.js';
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
 *
 * Three regimes need more than that rule:
 * - a huge δ inside the chi bulk makes Φ an edge of width 1/|δ| in u; the
 *   uniform step would need |δ| points per unit of u, so the integral is
 *   then split at the edge and mapped (edgeQuadrature.ts);
 * - where Φ is within Φ(-40) of 0 or 1 for every s, the answer is that
 *   bound, which also keeps δ² out of every intermediate;
 * - beyond ν = 1e300, T is Z + δ in doubles.
 */

const STEPS_PER_WIDTH = 3;
const CUTOFF = 46;
const EDGE_MARGIN = 10;
const SATURATED = 40;
/**
 * Beyond this, S = √(V/ν) differs from 1 by less than 1e-150 and T is
 * Z + δ to every digit a double holds.
 */
export const NORMAL_DF = 1e300;
/** Above this ratio of chi width to edge width, map around the edge. */
const SHARP_EDGE = 30;
/**
 * A peak below e^-1000 makes the integral 0 in doubles: the integrand
 * decays at least like e^(ν·u) to the left and faster to the right, so
 * even ν = 1e-100 spans too few units of u to lift it above 5e-324.
 */
const NEGLIGIBLE = -1000;
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

/**
 * d/du of log[s^ν·exp(-ν s²/2)·Φ(sign·(x s - δ))] at s = e^u, which has
 * the sign of the slope in s (decreasing in s). Written with x·s, not x
 * and s apart, so that x = 1e300 at s = 1e-300 stays finite.
 */
function slope(f: Integrand, s: number): number {
  const xs = f.x * s;
  const h = hazard(f.sign * (xs - f.nc));
  const edge = h === 0 ? 0 : f.sign * xs * h;
  return f.df - f.df * s * s + edge;
}

/** Second derivative in u = ln s at a point where the slope is zero. */
function curvature(f: Integrand, s: number): number {
  const xs = f.x * s;
  const z = f.sign * (xs - f.nc);
  const h = hazard(z);
  // Where Φ is flat (h = 0) its term is 0 even if x·s is huge.
  const edge = h === 0 ? 0 : xs * h * (xs * (z + h));
  return -f.df - f.df * s * s - edge;
}

/**
 * Where the integrand peaks, in s; null when it still rises where the chi
 * factor s^ν·e^(-ν·s²/2) has fallen below e^-1900 of its mode: everything
 * up to there is smaller still, everything beyond is less than that tail,
 * and the integral is 0 in doubles.
 */
function peak(f: Integrand): number | null {
  const far = Math.max(100, Math.sqrt(4000 / f.df));
  let lo = 1;
  let hi = 1;
  while (slope(f, lo) < 0) lo /= 2;
  while (slope(f, hi) > 0) {
    hi *= 2;
    if (hi > far) return null;
  }
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

interface Edge {
  /** Where x·s = δ, in u. */
  u: number;
  /** log of the integrand there. */
  level: number;
}

/**
 * Where x·s - δ changes sign (s = δ/x > 0), Φ turns from 0 to 1 over about
 * 1/|δ| in u: the edge, or null when there is none.
 */
function edgeOf(f: Integrand, constant: number): Edge | null {
  if (!(f.nc / f.x > 0)) return null;

  const u = Math.log(f.nc / f.x);
  return { u, level: logNearEdge(f, u, 0, constant) };
}

/**
 * logIntegrand at u = edge + t, with the edge taken to be exactly where
 * x·e^u = δ: then x·s - δ = δ·(e^t - 1). Computed as x·e^u - δ it would
 * lose every digit when δ = 1e20 (the rounding of x·e^u alone is 1e4),
 * moving the edge by far more than its width; shifting the edge by an ulp
 * of u instead costs nothing measurable.
 */
function logNearEdge(f: Integrand, edge: number, t: number, c: number) {
  const z = f.sign * f.nc * Math.expm1(t);
  return logNormalCdf(z) + c - 0.5 * f.df * exponentialGap(edge + t);
}

/**
 * The integral when Φ(a·s + b) (a = sign·x, b = -sign·δ) is within
 * Φ(-40) ≈ 4e-350 of 0 or of 1 for every s > 0, so that the answer rounds
 * to it; null otherwise. Such a huge |δ| would also overflow the peak's
 * curvature.
 */
function saturation(f: Integrand): number | null {
  const a = f.sign * f.x;
  const b = -f.sign * f.nc;
  if (a <= 0 && b < -SATURATED) return 0;
  if (a >= 0 && b > SATURATED) return 1;
  return null;
}

/** Width in u of the chi factor's peak, e^(ν·u - ν·e^(2u)/2). */
const chiWidth = (df: number) => 1 / Math.sqrt(2 * df);

function integrate(f: Integrand): number {
  const saturated = saturation(f);
  if (saturated !== null) return saturated;
  const constant = logDensityConstant(0.5 * f.df);
  const s0 = peak(f);
  if (s0 === null) return 0;
  const u0 = Math.log(s0);
  const edge = edgeOf(f, constant);
  // Near a sharp edge logIntegrand itself is inexact (see logNearEdge).
  const top = Math.max(logIntegrand(f, u0, constant), edge?.level ?? -Infinity);
  if (top < NEGLIGIBLE) return 0;

  const relative = sumAround(f, s0, edge, top, constant);
  // A probability near 1 can come out a few ulps above it.
  return Math.min(1, Math.exp(top + Math.log(relative)));
}

/** The integral relative to e^top, by whichever rule suits its shape. */
function sumAround(
  f: Integrand,
  s0: number,
  edge: Edge | null,
  top: number,
  constant: number,
): number {
  const u0 = Math.log(s0);
  // An edge where the integrand is already negligible (beyond the cut-off,
  // with a margin) is never reached by the sums: it does not matter.
  const inRange = edge !== null && edge.level >= top - CUTOFF - EDGE_MARGIN;
  const edgeWidth = inRange ? 1 / Math.abs(f.nc) : Infinity;
  if (inRange && chiWidth(f.df) > SHARP_EDGE * edgeWidth) {
    // The edge is in the bulk and far sharper than the chi factor: a
    // uniform step fine enough for it would need too many points. (The
    // peak's own width does not tell: the edge may be what shapes it.)
    const level = (t: number) => logNearEdge(f, edge.u, t, constant) - top;
    return integrateAcrossEdge(level, edgeWidth, u0 - edge.u);
  }
  const peakWidth = 1 / Math.sqrt(-curvature(f, s0));
  const width = Math.min(peakWidth, edgeWidth);
  return uniformSum(f, u0, width, top, constant);
}

/**
 * The trapezoidal rule centred on the peak, in steps of a third of the
 * narrower of the peak and the edge (at most MAX_STEP), relative to e^top.
 */
function uniformSum(
  f: Integrand,
  u0: number,
  width: number,
  top: number,
  constant: number,
) {
  const step = Math.min(width / STEPS_PER_WIDTH, MAX_STEP);
  const centre = Math.exp(logIntegrand(f, u0, constant) - top);
  const sum =
    centre +
    sweep(f, u0, step, top, constant) +
    sweep(f, u0, -step, top, constant);
  return step * sum;
}

function check(df: number, x: number, nc: number): void {
  if (!(df > 0) || Number.isNaN(x) || Number.isNaN(nc)) {
    throw new RangeError(
      `noncentral t needs df > 0 and numbers x and nc; ` +
        `got df=${df}, x=${x}, nc=${nc}`,
    );
  }
}

/** P(T <= x) for T noncentral t with `df` degrees of freedom. */
export function noncentralTCdf(x: number, df: number, nc: number): number {
  check(df, x, nc);
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  if (!Number.isFinite(nc)) return nc > 0 ? 0 : 1;
  if (x === 0) return normalSf(nc);
  if (df > NORMAL_DF) return normalSf(nc - x);

  return integrate({ df, sign: 1, x, nc });
}

/** P(T > x) for T noncentral t with `df` degrees of freedom. */
export function noncentralTSf(x: number, df: number, nc: number): number {
  check(df, x, nc);
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  if (!Number.isFinite(nc)) return nc > 0 ? 1 : 0;
  if (x === 0) return normalCdf(nc);
  if (df > NORMAL_DF) return normalSf(x - nc);

  return integrate({ df, sign: -1, x, nc });
}
