import type { Alternative } from './Alternative.js';
import type { ComparisonDesign } from './ComparisonDesign.js';
import { effectiveScale } from './effectiveSize.js';
import { noncentralTCdf, noncentralTSf } from './noncentralT.js';
import { tIsf } from './tQuantile.js';

/**
 * Power of the two-sample t-test with pooled variance, as statsmodels'
 * TTestIndPower defines it: df = n_control + n_treatment - 2, noncentrality
 * d·√(n_eff), and for a two-sided test both rejection tails of the
 * noncentral t.
 */

/** Degrees of freedom of the pooled two-sample t-test. */
export function tTestDegrees(nControl: number, ratio: number): number {
  return nControl * (1 + ratio) - 2;
}

/** The rejection threshold t_{1-α} or t_{1-α/2}. */
export function tCritical(alpha: number, df: number, alt: Alternative) {
  return tIsf(alt === 'two-sided' ? alpha / 2 : alpha, df);
}

/**
 * Power for a noncentrality of size m >= 0 pointing the way the test
 * looks (for 'smaller', m = -nc: the t law is symmetric under nc → -nc).
 *
 * Once m passes the threshold the power is above about 1/2, and it is
 * taken as 1 minus the probability of landing below the threshold: that
 * small tail keeps its digits, and the result cannot exceed 1 by the
 * integration's rounding, as the near tail itself (close to 1) could.
 */
export function tPowerAt(
  m: number,
  df: number,
  critical: number,
  alternative: Alternative,
): number {
  const far =
    alternative === 'two-sided' ? noncentralTCdf(-critical, df, m) : 0;
  const power =
    m < critical
      ? noncentralTSf(critical, df, m) + far
      : 1 - noncentralTCdf(critical, df, m) + far;
  return clampProbability(power);
}

/** 1 - tPowerAt, each piece computed directly so it keeps its digits. */
export function tMissAt(
  m: number,
  df: number,
  critical: number,
  alternative: Alternative,
): number {
  const below = noncentralTCdf(critical, df, m);
  if (alternative !== 'two-sided') return below;

  return clampProbability(below - noncentralTCdf(-critical, df, m));
}

/** Rounding may carry a sum of tails a few ulps outside [0, 1]. */
function clampProbability(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** Noncentrality of effect d, signed so that positive favours rejection. */
export function alignedNoncentrality(
  d: number,
  nControl: number,
  design: ComparisonDesign,
): number {
  const nc = d * effectiveScale(nControl, design.ratio);
  if (design.alternative === 'smaller') return -nc;

  return design.alternative === 'two-sided' ? Math.abs(nc) : nc;
}

/** Power at nControl clients in control; needs df >= 1. */
export function tTestPower(
  d: number,
  nControl: number,
  design: ComparisonDesign,
): number {
  const df = tTestDegrees(nControl, design.ratio);
  const critical = tCritical(design.alpha, df, design.alternative);
  const m = alignedNoncentrality(d, nControl, design);

  return tPowerAt(m, df, critical, design.alternative);
}
