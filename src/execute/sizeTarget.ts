import { SizingError } from '../SizingError.js';
import type { TargetQuery } from '../compile/TargetQuery.js';
import type { RunDates } from '../dates/RunDates.js';
import type { Engine } from '../engines/Engine.js';
import {
  targetSummary,
  type RunMetadata,
  type TargetResult,
} from '../results/TargetResult.js';
import { sizingVersion } from '../version.js';
import { metricAggregates } from './MetricAggregates.js';
import { sqlSha256 } from './sqlSha256.js';
import { sampleSizesFor, type SizingParameters } from './sampleSizesFor.js';

/** Runs one target's query and turns its aggregates into sample sizes. */
export async function sizeTarget(
  engine: Engine,
  query: TargetQuery,
  dates: RunDates,
  parameters: SizingParameters,
  warehouse?: RunMetadata['warehouse'],
): Promise<TargetResult> {
  const row = await engine.run(query, dates);
  const aggregates = withSlug(query.target.slug, () =>
    metricAggregates(row, query.metrics),
  );

  return {
    target: targetSummary(query.target),
    sample_sizes: sampleSizesFor(aggregates, parameters),
    aggregates,
    run: runMetadata(engine, query, dates, warehouse),
  };
}

function runMetadata(
  engine: Engine,
  query: TargetQuery,
  dates: RunDates,
  warehouse?: RunMetadata['warehouse'],
): RunMetadata {
  return {
    engine: engine.dialect.name,
    run_date: dates.runDate,
    enrollment_start: dates.enrollmentStart,
    enrollment_end: dates.enrollmentEnd,
    data_end: dates.dataEnd,
    enrollment_days: dates.enrollmentDays,
    analysis_days: dates.analysisDays,
    sql_sha256: sqlSha256(query.sql),
    inputs_hash: query.inputsHash,
    sizing_version: sizingVersion,
    ...(warehouse ? { warehouse } : {}),
  };
}

function withSlug<T>(slug: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SizingError)) throw error;
    throw new SizingError(`${slug}: ${error.message}`, error.exitCode);
  }
}
