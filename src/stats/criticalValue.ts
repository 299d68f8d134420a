import type { ComparisonDesign } from './ComparisonDesign.js';
import { normalCritical } from './normalCritical.js';
import {
  sequentialCritical,
  sequentialCriticalOfLogs,
} from './sequentialBoundary.js';

/**
 * The z-scale rejection threshold of a normal-approximation test with
 * nControl clients in control.
 *
 * With sequential monitoring it is the confidence-sequence boundary at the
 * comparison's total size. That boundary is two-sided; a one-sided test uses
 * it as is, which keeps its error rate below alpha (the boundary is
 * symmetric, so crossing one side is rarer than crossing either).
 */
export function criticalValue(
  design: ComparisonDesign,
  nControl: number,
): number {
  if (!design.sequential) {
    return normalCritical(design.alpha, design.alternative);
  }

  const tuning = design.sequential.tuningTotal;
  // Tuned at the size itself, tρ² is the same at every size: any size
  // gives the threshold, and 1 cannot overflow.
  if (tuning === null) return sequentialCritical(design.alpha, 1, 1);

  const total = nControl * (1 + design.ratio);
  if (Number.isFinite(total)) {
    return sequentialCritical(design.alpha, total, tuning);
  }
  const logTotal = Math.log(nControl) + Math.log1p(design.ratio);
  return sequentialCriticalOfLogs(design.alpha, logTotal, Math.log(tuning));
}

/**
 * Whether the threshold changes with the sample size: only for a
 * sequential design tuned at a fixed size. When tuned at the size itself,
 * tρ² is the same constant at every size, and so is the threshold.
 */
export function criticalVariesWithSize(design: ComparisonDesign): boolean {
  return Boolean(design.sequential && design.sequential.tuningTotal !== null);
}
