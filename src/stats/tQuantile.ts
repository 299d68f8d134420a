import { NORMAL_DF, noncentralTSf } from './noncentralT.js';
import { normalIsf } from './normalQuantile.js';
import { stirlingRemainder } from './stirlingRemainder.js';

/**
 * Quantiles of Student's t distribution with `df` degrees of freedom
 * (any real df > 0, up to 1e9 and beyond).
 *
 * Newton's method on log P(T > t) as a function of ln t: for heavy tails
 * (df near 1) that function is close to linear, for light ones close to
 * the normal's, so a few steps reach full precision from the Cornish–Fisher
 * start of Abramowitz & Stegun (1964), 26.7.5. A bracket on ln t keeps every
 * step inside the region where the root must lie.
 */

const LOG_SQRT_2PI = 0.9189385332046728;

/**
 * log of the t density. The ratio Γ((ν+1)/2)/Γ(ν/2) is formed from
 * Stirling remainders, since for df = 1e7 the two log-gammas agree to 8
 * digits and their difference would lose them.
 */
export function logTPdf(t: number, df: number): number {
  const a = 0.5 * df;
  const gammaRatio =
    a * Math.log1p(0.5 / a) -
    0.5 +
    stirlingRemainder(a + 0.5) -
    stirlingRemainder(a);

  return gammaRatio - LOG_SQRT_2PI - (a + 0.5) * Math.log1p((t * t) / df);
}

function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const first = (z * (z2 + 1)) / 4;
  const second = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  return z + first / df + second / (df * df);
}

/** Solves P(T > t) = q for 0 < q < 1/2, where t > 0. */
function upperQuantile(q: number, df: number): number {
  const z = normalIsf(q);
  const target = Math.log(q);
  let lo = Math.log(z); // the t quantile is beyond the normal one
  let hi = Infinity;
  let v = Math.max(Math.log(cornishFisher(z, df)), lo);

  for (let i = 0; i < 100; i++) {
    const t = Math.exp(v);
    const tail = noncentralTSf(t, df, 0);
    const gap = Math.log(tail) - target;
    if (gap > 0) lo = v;
    else hi = v;

    const slope = (-t * Math.exp(logTPdf(t, df))) / tail;
    let next = v - gap / slope;
    if (!(next > lo && next < hi)) {
      next = Number.isFinite(hi) ? 0.5 * (lo + hi) : lo + 1;
    }
    if (Math.abs(next - v) <= 1e-15 * Math.max(1, Math.abs(v))) return t;
    v = next;
  }
  return Math.exp(v);
}

function checkArguments(q: number, df: number): void {
  if (!(q >= 0 && q <= 1)) {
    throw new RangeError(`a probability must be in [0, 1], got ${q}`);
  }
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
}

/** t such that P(T > t) = q. */
export function tIsf(q: number, df: number): number {
  checkArguments(q, df);
  if (q === 0) return Infinity;
  if (q === 1) return -Infinity;
  if (q === 0.5) return 0;
  if (df > NORMAL_DF) return normalIsf(q);
  if (q > 0.5) return -upperQuantile(1 - q, df);

  return upperQuantile(q, df);
}

/** t such that P(T <= t) = q. */
export function tPpf(q: number, df: number): number {
  return -tIsf(q, df);
}
