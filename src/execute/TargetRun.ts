import type { Project } from '../config/Project.js';
import type { RunDates } from '../dates/RunDates.js';
import type { Target } from '../targets/Target.js';

/** One `sizing execute`: which targets, for which run date, where. */
export interface TargetRun {
  /** The project folder; results go under it. */
  root: string;
  project: Project;
  /** Every target, for the published document. */
  allTargets: Target[];
  /** The targets to size in this run. */
  targets: Target[];
  dates: RunDates;
  /** Size targets again even when their results are complete. */
  force: boolean;
  /** Print results as one JSON document instead of tables. */
  json: boolean;
}
