import { BigQuery } from '@google-cloud/bigquery';
import type { RunDates } from '../../dates/RunDates.js';
import { queryParameters } from '../queryParameters.js';

/**
 * The run's dates as named DATE parameters. Values are wrapped with
 * `BigQuery.date`: given a bare string and the type DATE, the client
 * would send an empty value.
 */
export function bigqueryParameters(dates: RunDates) {
  const entries = Object.entries(queryParameters(dates));
  return {
    params: Object.fromEntries(
      entries.map(([name, value]) => [name, BigQuery.date(value)]),
    ),
    types: Object.fromEntries(entries.map(([name]) => [name, 'DATE'])),
  };
}
