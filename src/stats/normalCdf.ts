import { millsRatio } from './millsRatio.js';
import { logNormalPdf, normalPdf } from './normalPdf.js';

/**
 * The standard normal distribution function Φ, its complement and their
 * logarithms, to about 1e-15 relative precision in both tails.
 *
 * Every tail is computed directly as φ(x)·R(x) (R the Mills ratio) rather
 * than as 1 minus the other side, so a probability of 1e-200 keeps all its
 * digits. Logs are taken before exponentiating where the value underflows.
 */

/** P(Z > x). */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  if (x >= 0) return normalPdf(x) * millsRatio(x);

  return 1 - normalPdf(-x) * millsRatio(-x);
}

/** P(Z <= x). */
export function normalCdf(x: number): number {
  return normalSf(-x);
}

/** log P(Z > x), finite far beyond where P(Z > x) underflows. */
export function logNormalSf(x: number): number {
  if (x < 0) return Math.log1p(-normalSf(-x));
  if (x < 5) return Math.log(normalSf(x));

  return logNormalPdf(x) + Math.log(millsRatio(x));
}

/** log P(Z <= x). */
export function logNormalCdf(x: number): number {
  if (x > 0) return Math.log1p(-normalSf(x));

  return logNormalSf(-x);
}
