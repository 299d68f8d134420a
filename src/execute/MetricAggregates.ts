import type { AggregateRow } from '../engines/Engine.js';

/** What the warehouse computed for one metric of one target. */
export interface MetricAggregates {
  clients_targeted: number;
  /** The 99.5th percentile; null when no client has a value. */
  threshold: number | null;
  clients_kept: number;
  mean: number | null;
  /** Sample standard deviation; null with fewer than two kept values. */
  sd: number | null;
}

/** Splits the query's one wide row into one record per metric. */
export function metricAggregates(
  row: AggregateRow,
  metrics: string[],
): Record<string, MetricAggregates> {
  const clients = row.clients_targeted ?? 0;
  const entries = metrics.map((metric) => [
    metric,
    {
      clients_targeted: clients,
      threshold: finiteOrNull(row[`${metric}_threshold`]),
      clients_kept: row[`${metric}_kept`] ?? 0,
      mean: finiteOrNull(row[`${metric}_mean`]),
      sd: finiteOrNull(row[`${metric}_sd`]),
    },
  ]);
  return Object.fromEntries(entries);
}

function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value)
    ? null
    : value;
}
