import type { Alternative } from './Alternative.js';
import { normalIsf } from './normalQuantile.js';

/**
 * The rejection threshold of a test whose statistic is standard normal
 * under the null: z_{1-α} for a one-sided test, z_{1-α/2} for a two-sided
 * one (α/2 in each tail).
 */
export function normalCritical(alpha: number, alternative: Alternative) {
  return normalIsf(alternative === 'two-sided' ? alpha / 2 : alpha);
}
