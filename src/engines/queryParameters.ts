import { QUERY_PARAMETERS } from '../compile/TargetQuery.js';
import type { RunDates } from '../dates/RunDates.js';

/** The DATE values bound to a target query, by parameter name. */
export function queryParameters(dates: RunDates): Record<string, string> {
  return {
    [QUERY_PARAMETERS.enrollmentStart]: dates.enrollmentStart,
    [QUERY_PARAMETERS.enrollmentEnd]: dates.enrollmentEnd,
    [QUERY_PARAMETERS.dataEnd]: dates.dataEnd,
  };
}
