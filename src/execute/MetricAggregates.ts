import { SizingError } from '../SizingError.js';
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

/**
 * Splits the query's one wide row into one record per metric, refusing a
 * row no correct query could return rather than sizing from it.
 */
export function metricAggregates(
  row: AggregateRow,
  metrics: string[],
): Record<string, MetricAggregates> {
  const clients = count(row, 'clients_targeted', Infinity);
  const entries = metrics.map((metric) => {
    const kept = count(row, `${metric}_kept`, clients);
    return [
      metric,
      {
        clients_targeted: clients,
        threshold: number(row, `${metric}_threshold`, kept > 0),
        clients_kept: kept,
        mean: number(row, `${metric}_mean`, kept > 0),
        sd: spread(row, `${metric}_sd`, kept > 1),
      },
    ];
  });
  return Object.fromEntries(entries);
}

/** A whole count from 0 to `most`. */
function count(row: AggregateRow, column: string, most: number): number {
  const value = row[column];
  const fine =
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= most;
  if (!fine)
    throw impossible(column, value, `a whole number from 0 to ${most}`);
  return value;
}

/** A finite number when there were values to aggregate, else null. */
function number(row: AggregateRow, column: string, present: boolean) {
  const value = row[column] ?? null;
  if (!present) return null;
  if (value === null || !Number.isFinite(value)) {
    throw impossible(column, value, 'a finite number');
  }
  return value;
}

function spread(row: AggregateRow, column: string, present: boolean) {
  const value = number(row, column, present);
  if (value !== null && value < 0) {
    throw impossible(column, value, 'not negative');
  }
  return value;
}

function impossible(column: string, value: unknown, expected: string) {
  return new SizingError(
    `the warehouse returned ${column} = ${String(value)}, which no ` +
      `correct query gives (expected ${expected})`,
  );
}
