import { EXIT_USAGE, SizingError } from '../SizingError.js';
import type { Alternative } from './Alternative.js';
import type {
  ComparisonDesign,
  SequentialDesign,
} from './ComparisonDesign.js';
import type { TestModel } from './TestModel.js';

/**
 * A whole experiment: k arms (control plus k - 1 treatments, each with
 * ratio × the control's clients), each treatment compared with control.
 * The family-wise error rate is held at alpha by Bonferroni: each of the
 * k - 1 comparisons runs at alpha / (k - 1).
 */
export interface StudyDesign {
  alpha: number;
  power: number;
  alternative: Alternative;
  ratio: number;
  arms: number;
  sequential: SequentialDesign | null;
}

export function comparisonDesign(
  study: StudyDesign,
  model: TestModel,
): ComparisonDesign {
  if (study.sequential && !model.allowsSequential) {
    throw new SizingError(
      'sequential monitoring is available for the z, proportions and ' +
        `poisson tests, not for the ${model.method}`,
      EXIT_USAGE,
    );
  }
  return {
    alpha: study.alpha / (study.arms - 1),
    alternative: study.alternative,
    ratio: study.ratio,
    sequential: study.sequential,
  };
}

/** The model's method, plus what the study design changed about it. */
export function studyMethod(study: StudyDesign, model: TestModel): string {
  const parts = [model.method];
  if (study.arms > 2) {
    parts.push(`Bonferroni: alpha / ${study.arms - 1} per comparison`);
  }
  if (study.sequential) {
    const tuning = study.sequential.tuningTotal;
    const at = tuning === null ? 'the planned size' : `${tuning} clients`;
    parts.push(`sequential: asymptotic confidence sequence tuned at ${at}`);
  }
  return parts.join('; ');
}
