import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { TargetQuery } from '../compile/TargetQuery.js';
import type { TargetLists } from '../config/TargetLists.js';
import type { RunDates } from '../dates/RunDates.js';
import type { TargetResult } from '../results/TargetResult.js';
import { parameterKey } from './sampleSizesFor.js';
import { sqlSha256 } from './sqlSha256.js';

const nullableNumber = z.number().nullable();

const resultShape = z
  .object({
    target: z.object({ slug: z.string() }).loose(),
    sample_sizes: z.record(
      z.string(),
      z.object({
        parameters: z.record(z.string(), z.union([z.number(), z.string()])),
        metrics: z.record(
          z.string(),
          z
            .object({
              number_of_clients_targeted: z.number(),
              sample_size_per_branch: nullableNumber,
              population_percent_per_branch: nullableNumber,
            })
            .loose(),
        ),
      }),
    ),
    aggregates: z.record(
      z.string(),
      z.object({
        clients_targeted: z.number(),
        threshold: nullableNumber,
        clients_kept: z.number(),
        mean: nullableNumber,
        sd: nullableNumber,
      }),
    ),
    run: z
      .object({
        engine: z.string(),
        run_date: z.string(),
        sql_sha256: z.string(),
        warehouse: z
          .record(z.string(), z.union([z.string(), z.number()]))
          .optional(),
      })
      .loose(),
  })
  .loose();

/** What a finished result must match to stand for this run. */
export interface Expectation {
  query: TargetQuery;
  dates: RunDates;
  engine: string;
  warehouse?: Record<string, string | number>;
  parameters: TargetLists['parameters'];
}

/**
 * The result at `path` if it is complete for this run: readable, of the
 * expected shape, from the same engine, warehouse, run date and exact SQL,
 * with every metric at every power and effect size. Otherwise null, and
 * the target runs again.
 */
export function completeResult(
  path: string,
  expected: Expectation,
): TargetResult | null {
  const result = readResultFile(path);
  if (result === null) return null;
  return matches(result, expected) && hasEveryNumber(result, expected)
    ? result
    : null;
}

/** A result file of the right shape, or null if missing or damaged. */
export function readResultFile(path: string): TargetResult | null {
  const parsed = resultShape.safeParse(readJson(path));
  return parsed.success ? (parsed.data as unknown as TargetResult) : null;
}

function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // A file cut short by a crash is simply not complete.
    return undefined;
  }
}

function matches(result: TargetResult, expected: Expectation): boolean {
  const { run, target } = result;
  return (
    target.slug === expected.query.target.slug &&
    run.engine === expected.engine &&
    run.run_date === expected.dates.runDate &&
    run.sql_sha256 === sqlSha256(expected.query.sql) &&
    isDeepStrictEqual(run.warehouse, expected.warehouse)
  );
}

function hasEveryNumber(result: TargetResult, expected: Expectation): boolean {
  const { metrics } = expected.query;
  const { power, effect_size } = expected.parameters;
  const keys = power.flatMap((p) => effect_size.map((e) => parameterKey(p, e)));

  return (
    metrics.every((metric) => metric in result.aggregates) &&
    keys.every((key) => {
      const entry = result.sample_sizes[key];
      return (
        entry !== undefined &&
        metrics.every((metric) => metric in entry.metrics)
      );
    })
  );
}
