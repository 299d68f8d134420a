import type { Alternative } from './Alternative.js';
import type { ComparisonDesign } from './ComparisonDesign.js';
import { effectiveSize } from './effectiveSize.js';
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
 */
export function tPowerAt(
  m: number,
  df: number,
  critical: number,
  alternative: Alternative,
): number {
  const near = noncentralTSf(critical, df, m);
  if (alternative !== 'two-sided') return near;

  return near + noncentralTCdf(-critical, df, m);
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

  return below - noncentralTCdf(-critical, df, m);
}

/** Noncentrality of effect d, signed so that positive favours rejection. */
export function alignedNoncentrality(
  d: number,
  nControl: number,
  design: ComparisonDesign,
): number {
  const nc = d * Math.sqrt(effectiveSize(nControl, design.ratio));
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
