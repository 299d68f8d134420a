import type { Alternative } from './Alternative.js';
import { normalSf } from './normalCdf.js';

/**
 * Power of a test whose statistic is N(shift, 1) under the alternative and
 * which rejects beyond `critical` (both tails when two-sided).
 *
 * The two-sided power counts the far tail too: a large negative shift can
 * still reject, on the wrong side. Each tail is computed on its own, so a
 * power close to 1 or to 0 keeps its relative precision.
 */
export function normalTestPower(
  shift: number,
  critical: number,
  alternative: Alternative,
): number {
  if (alternative === 'larger') return normalSf(critical - shift);
  if (alternative === 'smaller') return normalSf(critical + shift);

  return normalSf(critical - shift) + normalSf(critical + shift);
}

/**
 * 1 - power for a two-sided test, without the cancellation of 1 - power
 * when power is close to 1.
 */
export function normalTestMiss(shift: number, critical: number): number {
  const size = Math.abs(shift);
  return normalSf(size - critical) - normalSf(critical + size);
}
