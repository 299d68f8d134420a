import type { ParentDistribution } from '../../stats/mannWhitneyModel.js';
import type { StudyDesign } from '../../stats/StudyDesign.js';

/** What `sizing solve` was asked, once its flags are checked. */

export type TestName = 'z' | 't' | 'proportions' | 'poisson' | 'mann-whitney';

export const TEST_NAMES: readonly TestName[] = [
  'z',
  't',
  'proportions',
  'poisson',
  'mann-whitney',
];

export type Unknown = 'n' | 'mde' | 'power';

export type ProportionMethod = 'pooled' | 'arcsine';

/** How --effect-size / --d values are to be read. */
export type EffectKind = 'relative' | 'absolute' | 'standardized';

/** The metric's scale, as far as the flags give it. */
export interface MetricScale {
  mean: number | null;
  sd: number | null;
  baseline: number | null;
}

export interface SolveRequest {
  solve: Unknown;
  test: TestName;
  proportionMethod: ProportionMethod;
  parent: ParentDistribution;
  scale: MetricScale;
  effectKind: EffectKind;
  /** Effect values; empty when solving for the effect. */
  effects: number[];
  /** Target powers; empty when solving for power. */
  powers: number[];
  /** Control sizes (--n); empty when solving for n. */
  sizes: number[];
  study: Omit<StudyDesign, 'power'>;
  json: boolean;
}
