import type { TargetQuery } from '../../compile/TargetQuery.js';
import type { RunDates } from '../../dates/RunDates.js';
import { labelValue } from './labelValue.js';

/** Labels on every job, so billing reports can group spending by target. */
export function jobLabels(
  query: TargetQuery,
  dates: RunDates,
): Record<string, string> {
  return {
    tool: 'sizing',
    target: labelValue(query.target.slug),
    run_date: labelValue(dates.runDate),
  };
}
