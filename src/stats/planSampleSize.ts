import { SIZE_OVERFLOW } from './sizeLimits.js';
import type { SampleSize } from './sizeMetric.js';
import {
  comparisonDesign,
  studyMethod,
  type StudyDesign,
} from './StudyDesign.js';
import type { TestModel } from './TestModel.js';

/** Clients per arm and in total for a change, under a study design. */
export function planSampleSize(
  model: TestModel,
  change: number,
  study: StudyDesign,
): SampleSize {
  const method = studyMethod(study, model);
  const design = comparisonDesign(study, model);
  const size = model.sampleSize(change, study.power, design);
  if (!size.computable) {
    return { computable: false, reason: size.reason, method };
  }

  const control = size.value;
  const treatment = control * study.ratio;
  const total = control + (study.arms - 1) * treatment;
  if (!Number.isFinite(total)) {
    return { computable: false, reason: SIZE_OVERFLOW, method };
  }
  return { computable: true, control, treatment, total, method };
}
