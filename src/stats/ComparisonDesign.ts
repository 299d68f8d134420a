import type { Alternative } from './Alternative.js';

/**
 * How one treatment arm is compared with control. `alpha` is the level of
 * this one comparison (already divided among comparisons when there are
 * several treatment arms); `ratio` is treatment size / control size.
 */
export interface ComparisonDesign {
  alpha: number;
  alternative: Alternative;
  ratio: number;
}
