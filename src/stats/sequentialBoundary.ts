import { normalIsf } from './normalQuantile.js';

/**
 * The boundary of an asymptotic confidence sequence for a mean (or a
 * difference of means): an interval that stays valid however often the data
 * are looked at, e.g. every day of an experiment.
 *
 * From I. Waudby-Smith, D. Arbour, R. Sinha, E. H. Kennedy & A. Ramdas
 * (2024), "Time-uniform central limit theory and asymptotic confidence
 * sequences", Annals of Statistics 52(6) (arXiv:2103.06476): after t
 * observations with standard deviation σ the interval is
 * estimate ± σ·√D,
 *
 *   D = 2(tρ² + 1) / (t²ρ²) · ln(√(tρ² + 1) / α),
 *
 * where ρ > 0 tunes the time at which the interval is narrowest. The
 * approximate minimiser of the width at t* observations, from the same
 * paper (after Howard et al. 2021), is
 *
 *   ρ = √((-2 ln α + ln(1 - 2 ln α)) / t*).
 *
 * On the z scale the boundary is √(t·D), against z_{1-α/2} for one look.
 */

export interface SequentialInflation {
  rho: number;
  /** D above: the squared half-width for unit variance. */
  discriminant: number;
  /** Half-width relative to the fixed-horizon two-sided z interval. */
  halfwidthRatio: number;
  /** Its square: the factor by which variance, or sample size, grows. */
  inflation: number;
}

export function sequentialRho(alpha: number, tuningTotal: number): number {
  const logAlpha = -2 * Math.log(alpha);
  return Math.sqrt((logAlpha + Math.log1p(logAlpha)) / tuningTotal);
}

/** The z-scale threshold √(t·D) after `total` observations. */
export function sequentialCritical(
  alpha: number,
  total: number,
  tuningTotal: number,
): number {
  const rho = sequentialRho(alpha, tuningTotal);
  const scaled = total * rho * rho;
  if (scaled > 1e-300 && scaled < 1e300) {
    const log = 0.5 * Math.log1p(scaled) - Math.log(alpha);
    return Math.sqrt((2 * (scaled + 1) * log) / scaled);
  }
  return sequentialCriticalOfLogs(
    alpha,
    Math.log(total),
    Math.log(tuningTotal),
  );
}

/**
 * The same threshold from ln t and ln t*, for a total far from the tuning
 * size (or beyond the largest double), where tρ² itself overflows or
 * underflows although the threshold is an ordinary number.
 */
export function sequentialCriticalOfLogs(
  alpha: number,
  logTotal: number,
  logTuning: number,
): number {
  const logAlpha = -2 * Math.log(alpha);
  const numerator = Math.log(logAlpha + Math.log1p(logAlpha));
  return criticalFromLog(alpha, logTotal + numerator - logTuning);
}

/**
 * The same threshold from L = ln(tρ²): 2(1 + e^-L)·(ln(1 + e^L)/2 - ln α)
 * under the root, with e^-L taken outside when it is huge.
 */
function criticalFromLog(alpha: number, logScaled: number): number {
  if (logScaled >= 0) {
    const inverse = Math.exp(-logScaled);
    const log = 0.5 * (logScaled + Math.log1p(inverse)) - Math.log(alpha);
    return Math.sqrt(2 * (1 + inverse) * log);
  }
  const scaled = Math.exp(logScaled);
  const log = 0.5 * Math.log1p(scaled) - Math.log(alpha);
  return Math.sqrt(2 * (1 + scaled) * log) * Math.exp(-0.5 * logScaled);
}

export function sequentialInflation(
  total: number,
  alpha: number,
  tuningTotal: number,
): SequentialInflation {
  const rho = sequentialRho(alpha, tuningTotal);
  const critical = sequentialCritical(alpha, total, tuningTotal);
  const discriminant = (critical * critical) / total;
  const halfwidthRatio = critical / normalIsf(alpha / 2);

  return {
    rho,
    discriminant,
    halfwidthRatio,
    inflation: halfwidthRatio * halfwidthRatio,
  };
}
