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
  const log = 0.5 * Math.log1p(scaled) - Math.log(alpha);

  return Math.sqrt((2 * (scaled + 1) * log) / scaled);
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
