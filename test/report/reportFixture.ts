import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MetricSampleSize } from '../../src/execute/sampleSizesFor.js';
import type { TargetResult } from '../../src/results/TargetResult.js';

export const RUN_DATE = '2026-06-01';
export const OLDER_DATE = '2026-05-01';
export const EFFECTS = [0.005, 0.01, 0.02, 0.05];

/**
 * A metric is either sized as n = k / effect², which with the clients
 * below crosses every feasibility band, or not computable for a reason.
 */
type MetricPlan = { k: number } | { reason: string };

interface TargetPlan {
  app: string;
  channel: string;
  userType: string;
  clients: number;
  metrics: Record<string, MetricPlan>;
}

const sized: Record<string, MetricPlan> = {
  active_hours: { k: 100 },
  days_of_use: { k: 1 },
};

/** Six targets of three apps: enough to see the filters at work. */
export const PLANS: TargetPlan[] = [
  { app: 'fenix', channel: 'release', userType: 'new', clients: 1e6,
    metrics: sized },
  { app: 'fenix', channel: 'release', userType: 'existing', clients: 1e6,
    metrics: { ...sized, flat_metric: { reason: 'standard deviation is 0' } } },
  { app: 'fenix', channel: 'beta', userType: 'all', clients: 2e5,
    metrics: sized },
  { app: 'firefox_desktop', channel: 'release', userType: 'all',
    clients: 5e6, metrics: sized },
  { app: 'firefox_desktop', channel: 'nightly', userType: 'new', clients: 0,
    metrics: {
      active_hours: { reason: 'no clients in this target' },
      days_of_use: { reason: 'no clients in this target' },
    } },
  { app: 'firefox_ios', channel: 'beta', userType: 'existing', clients: 3e4,
    metrics: sized },
];

export const slugOf = (plan: TargetPlan) =>
  `${plan.app}-${plan.channel}-en_us-us-${plan.userType}`;

/** A project folder whose results/ holds the plans' files for a date. */
export function resultsProject(plans = PLANS, date = RUN_DATE): string {
  const root = mkdtempSync(join(tmpdir(), 'sizing-report-'));
  writeResults(root, plans, date);
  return root;
}

export function writeResults(
  root: string,
  plans: TargetPlan[],
  date: string,
): string {
  const folder = join(root, 'results', date);
  mkdirSync(folder, { recursive: true });

  for (const plan of plans) {
    const text = JSON.stringify(targetResult(plan, date), null, 2);
    writeFileSync(join(folder, `${slugOf(plan)}.json`), text);
  }
  writeFileSync(join(folder, 'sample_sizes.json'), '{}\n');
  return folder;
}

export function targetResult(plan: TargetPlan, date: string): TargetResult {
  const entries = EFFECTS.map((effect) => [`Power0.8EffectSize${effect}`, {
    parameters: { power: 0.8, effect_size: effect },
    metrics: Object.fromEntries(Object.entries(plan.metrics)
      .map(([name, metric]) => [name, size(metric, effect, plan.clients)])),
  }]);

  return {
    target: { slug: slugOf(plan), app_id: plan.app, channel: plan.channel,
      locale: ['EN-US'], country: 'US', user_type: plan.userType },
    sample_sizes: Object.fromEntries(entries),
    aggregates: {},
    run: {
      engine: 'duckdb', run_date: date, enrollment_start: '2026-04-26',
      enrollment_end: '2026-05-02', data_end: '2026-05-29',
      enrollment_days: 7, analysis_days: 28, sql_sha256: '0'.repeat(64),
      inputs_hash: 'sha256:0', sizing_version: '0.1.0',
    },
  };
}

function size(
  metric: MetricPlan,
  effect: number,
  clients: number,
): MetricSampleSize {
  if ('reason' in metric) {
    return { number_of_clients_targeted: clients,
      sample_size_per_branch: null, population_percent_per_branch: null,
      not_computable: metric.reason };
  }

  const n = metric.k / effect ** 2;
  return { number_of_clients_targeted: clients, sample_size_per_branch: n,
    population_percent_per_branch: (100 * n) / clients };
}
