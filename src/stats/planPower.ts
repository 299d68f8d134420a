import type { Solution } from './Solution.js';
import { comparisonDesign, type StudyDesign } from './StudyDesign.js';
import type { TestModel } from './TestModel.js';

/** The power of each comparison with nControl clients in control. */
export function planPower(
  model: TestModel,
  change: number,
  nControl: number,
  study: StudyDesign,
): Solution {
  return model.power(change, nControl, comparisonDesign(study, model));
}
