import type { ComparisonDesign } from './ComparisonDesign.js';
import { powerProblem } from './powerProblem.js';
import { effectiveScale } from './effectiveSize.js';
import { findRoot } from './findRoot.js';
import { normalCritical } from './normalCritical.js';
import { normalPpf } from './normalQuantile.js';
import { notComputable, solved, type Solution } from './Solution.js';
import { tCritical, tPowerAt, tTestDegrees } from './tTestPower.js';

/**
 * The minimum detectable standardized effect of the pooled two-sample
 * t-test at nControl clients in control: the noncentrality m at which the
 * power is reached is found by root search (power rises with m, from alpha
 * at m = 0), then d = m / √n_eff. Signed like zTestEffect.
 */
export function tTestEffect(
  nControl: number,
  power: number,
  design: ComparisonDesign,
): Solution {
  const tooLow = powerProblem(power, design.alpha);
  if (tooLow !== null) return notComputable(tooLow);
  const df = tTestDegrees(nControl, design.ratio);
  if (!(df >= 1)) {
    return notComputable(
      'a t-test needs at least 3 clients in total (control plus treatment)',
    );
  }

  const { alpha, alternative } = design;
  const critical = tCritical(alpha, df, alternative);
  const gap = (m: number) => tPowerAt(m, df, critical, alternative) - power;

  let hi = normalCritical(alpha, alternative) + Math.abs(normalPpf(power));
  while (gap(hi) < 0) hi *= 2;
  const m = findRoot(gap, 0, hi);

  const d = m / effectiveScale(nControl, design.ratio);
  return solved(alternative === 'smaller' ? -d : d);
}
