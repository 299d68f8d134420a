import type { TargetQuery } from '../compile/TargetQuery.js';
import type { RunDates } from '../dates/RunDates.js';
import type { Dialect } from '../dialects/Dialect.js';

/** The one row of aggregates a target query returns, by column name. */
export type AggregateRow = Record<string, number | null>;

/** A warehouse that runs target queries. */
export interface Engine {
  readonly dialect: Dialect;
  run(query: TargetQuery, dates: RunDates): Promise<AggregateRow>;
  close(): Promise<void>;
}
