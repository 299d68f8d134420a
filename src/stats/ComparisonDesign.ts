import type { Alternative } from './Alternative.js';

/**
 * Monitoring with an asymptotic confidence sequence (see
 * sequentialBoundary.ts). `tuningTotal` is the number of clients, control
 * plus treatment, at which the boundary is narrowest; null tunes it at the
 * size being evaluated.
 */
export interface SequentialDesign {
  tuningTotal: number | null;
}

/**
 * How one treatment arm is compared with control. `alpha` is the level of
 * this one comparison (already divided among comparisons when there are
 * several treatment arms); `ratio` is treatment size / control size.
 */
export interface ComparisonDesign {
  alpha: number;
  alternative: Alternative;
  ratio: number;
  sequential?: SequentialDesign | null;
}
