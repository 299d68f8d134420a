import type { Solution } from './Solution.js';
import { comparisonDesign, type StudyDesign } from './StudyDesign.js';
import type { TestModel } from './TestModel.js';

/** The minimum detectable change with nControl clients in control. */
export function planDetectableChange(
  model: TestModel,
  nControl: number,
  study: StudyDesign,
): Solution {
  const design = comparisonDesign(study, model);
  return model.detectableChange(nControl, study.power, design);
}
