import type { MetricAggregates } from '../execute/MetricAggregates.js';
import type { SampleSizeEntry } from '../execute/sampleSizesFor.js';
import type { Target } from '../targets/Target.js';

/** How a result was produced, so a reader can trust or reproduce it. */
export interface RunMetadata {
  engine: string;
  run_date: string;
  enrollment_start: string;
  enrollment_end: string;
  data_end: string;
  enrollment_days: number;
  analysis_days: number;
  /** SHA-256 of the exact SQL text that ran. */
  sql_sha256: string;
  inputs_hash: string;
  sizing_version: string;
  warehouse?: Record<string, string | number>;
}

/** results/<run date>/<slug>.json */
export interface TargetResult {
  target: {
    slug: string;
    app_id: string;
    channel: string;
    locale: string[] | 'all';
    country: string;
    user_type: string;
  };
  sample_sizes: Record<string, SampleSizeEntry>;
  aggregates: Record<string, MetricAggregates>;
  run: RunMetadata;
}

export function targetSummary(target: Target): TargetResult['target'] {
  return {
    slug: target.slug,
    app_id: target.app,
    channel: target.channel,
    locale: target.locales,
    country: target.country,
    user_type: target.userType,
  };
}
