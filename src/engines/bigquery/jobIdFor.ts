import type { TargetQuery } from '../../compile/TargetQuery.js';
import type { RunDates } from '../../dates/RunDates.js';
import { sqlSha256 } from '../../execute/sqlSha256.js';

/**
 * The job id of one try at a target: the same target, run date and SQL
 * always give the same id, so a rerun after a crash finds the job that
 * already ran instead of paying for it again. A later try after a job
 * failed on BigQuery's side needs a fresh id, numbered after the first.
 */
export function jobIdFor(
  query: TargetQuery,
  dates: RunDates,
  attempt = 0,
): string {
  const slug = query.target.slug.replace(/[^A-Za-z0-9_-]/g, '_');
  const day = dates.runDate.replaceAll('-', '');
  const sql = sqlSha256(query.sql).slice(0, 16);
  const base = `sizing_${slug}_${day}_${sql}`;
  return attempt === 0 ? base : `${base}_try${attempt + 1}`;
}
