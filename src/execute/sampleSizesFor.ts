import type { TargetLists } from '../config/TargetLists.js';
import { sizeMetric, type SizingOptions } from '../stats/sizeMetric.js';
import type { MetricAggregates } from './MetricAggregates.js';

/** One metric's answer, in the published shape. */
export interface MetricSampleSize {
  number_of_clients_targeted: number;
  sample_size_per_branch: number | null;
  population_percent_per_branch: number | null;
  /** Why no number could be given; absent when there is one. */
  not_computable?: string;
}

export interface SampleSizeEntry {
  parameters: Record<string, number | string>;
  metrics: Record<string, MetricSampleSize>;
}

/** The grid and test options that turn aggregates into sample sizes. */
export type SizingParameters = Omit<TargetLists['parameters'], 'dates'>;

/** `Power0.8EffectSize0.01`: numbers in their shortest decimal form. */
export function parameterKey(power: number, effectSize: number): string {
  return `Power${power}EffectSize${effectSize}`;
}

/** The per-target object: one entry per (power, effect size) pair. */
export function sampleSizesFor(
  aggregates: Record<string, MetricAggregates>,
  parameters: SizingParameters,
): Record<string, SampleSizeEntry> {
  const options = testOptions(parameters);
  const result: Record<string, SampleSizeEntry> = {};

  for (const power of parameters.power) {
    for (const effectSize of parameters.effect_size) {
      result[parameterKey(power, effectSize)] = {
        parameters: { power, effect_size: effectSize, ...options },
        metrics: sizeMetrics(aggregates, effectSize, { ...options, power }),
      };
    }
  }
  return result;
}

function sizeMetrics(
  aggregates: Record<string, MetricAggregates>,
  effectSize: number,
  options: Partial<SizingOptions>,
): Record<string, MetricSampleSize> {
  const entries = Object.entries(aggregates).map(([metric, values]) => [
    metric,
    sizeOne(values, effectSize, options),
  ]);
  return Object.fromEntries(entries);
}

function sizeOne(
  values: MetricAggregates,
  effectSize: number,
  options: Partial<SizingOptions>,
): MetricSampleSize {
  const targeted = values.clients_targeted;
  const summary = {
    clientsKept: values.clients_kept,
    mean: values.mean,
    sd: values.sd,
  };
  const size =
    targeted === 0
      ? { computable: false as const, reason: 'no clients in this target' }
      : sizeMetric(summary, effectSize, options);

  const percent = size.computable
    ? (100 * size.control) / targeted
    : Number.NaN;
  if (!size.computable || !Number.isFinite(percent)) {
    return {
      number_of_clients_targeted: targeted,
      sample_size_per_branch: null,
      population_percent_per_branch: null,
      not_computable: size.computable
        ? 'the sample size is too large to represent'
        : size.reason,
    };
  }
  return {
    number_of_clients_targeted: targeted,
    sample_size_per_branch: size.control,
    population_percent_per_branch: percent,
  };
}

/** Test options set in the lists; the stats defaults apply to the rest. */
function testOptions(parameters: SizingParameters) {
  const { test, alpha, alternative, ratio, arms } = parameters;
  const given = { test, alpha, alternative, ratio, arms };
  return Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as Partial<SizingOptions>;
}
