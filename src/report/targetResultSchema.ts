import { z } from 'zod';
import type { TargetResult } from '../results/TargetResult.js';

const metricSize = z.object({
  number_of_clients_targeted: z.number(),
  sample_size_per_branch: z.number().nullable(),
  population_percent_per_branch: z.number().nullable(),
  not_computable: z.string().optional(),
});

// The chart places each entry by its power and effect size, so both must
// be there as numbers; other test options are shown as they are.
const parameters = z
  .object({ power: z.number(), effect_size: z.number() })
  .catchall(z.union([z.number(), z.string()]));

const aggregates = z.object({
  clients_targeted: z.number(),
  threshold: z.number().nullable(),
  clients_kept: z.number(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
});

const run = z.object({
  engine: z.string(),
  run_date: z.string(),
  enrollment_start: z.string(),
  enrollment_end: z.string(),
  data_end: z.string(),
  enrollment_days: z.number(),
  analysis_days: z.number(),
  sql_sha256: z.string(),
  inputs_hash: z.string(),
  sizing_version: z.string(),
  warehouse: z.record(z.string(), z.union([z.string(), z.number()]))
    .optional(),
});

/** The shape of results/<run date>/<slug>.json, checked on reading. */
export const targetResultSchema: z.ZodType<TargetResult> = z.object({
  target: z.object({
    slug: z.string(),
    app_id: z.string(),
    channel: z.string(),
    locale: z.union([z.array(z.string()), z.literal('all')]),
    country: z.string(),
    user_type: z.string(),
  }),
  sample_sizes: z.record(z.string(), z.object({
    parameters,
    metrics: z.record(z.string(), metricSize),
  })),
  aggregates: z.record(z.string(), aggregates),
  run,
});
