import type { Target } from '../targets/Target.js';

/** One target's SQL, as compiled for one engine. */
export interface TargetQuery {
  target: Target;
  /** Metric names, in the order their columns appear in the result. */
  metrics: string[];
  sql: string;
  /** Hash of everything the SQL was compiled from. */
  inputsHash: string;
}

/** Names of the query parameters every target query takes. */
export const QUERY_PARAMETERS = {
  enrollmentStart: 'enrollment_start',
  enrollmentEnd: 'enrollment_end',
  dataEnd: 'data_end',
} as const;
