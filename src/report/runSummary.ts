import type { TargetResult } from '../results/TargetResult.js';
import { escapeHtml } from './escapeHtml.js';
import {
  CHEAP_BELOW_PERCENT,
  INFEASIBLE_ABOVE_PERCENT,
} from './feasibility.js';
import { formatEffect } from './formatEffect.js';

/**
 * The page header: which run, how it was made and with which test
 * parameters. Targets of one date may come from separate runs, so each
 * fact lists every value found.
 */
export function runSummary(runDate: string, results: TargetResult[]): string {
  const runs = results.map((result) => result.run);
  const parameters = results.flatMap((result) =>
    Object.values(result.sample_sizes).map((entry) => entry.parameters));

  const made = [
    `${results.length} targets`,
    `engine ${distinct(runs.map((run) => run.engine))}`,
    `enrollment ${distinct(runs.map(enrollment))}`,
    `sizing ${distinct(runs.map((run) => run.sizing_version))}`,
    ...warehouse(results),
  ];
  const tested = [
    `power ${distinct(parameters.map((p) => String(p.power)))}`,
    `effect sizes ${distinct(
      parameters.map((p) => formatEffect(Number(p.effect_size))))}`,
    ...otherOptions(parameters),
  ];

  return [
    '<header class="run">',
    `<h1>Sample sizes for the run of ${escapeHtml(runDate)}</h1>`,
    `<p>${escapeHtml(made.join(' · '))}</p>`,
    `<p>${escapeHtml(tested.join(' · '))}</p>`,
    LEGEND,
    '</header>',
  ].join('\n');
}

const LEGEND = '<p class="legend">' +
  `<span class="cheap">cheap</span> under ${CHEAP_BELOW_PERCENT} % ` +
  'of the target per branch · ' +
  `<span class="feasible">feasible</span> ${CHEAP_BELOW_PERCENT} % to ` +
  `${INFEASIBLE_ABOVE_PERCENT} % · ` +
  `<span class="infeasible">infeasible</span> over ` +
  `${INFEASIBLE_ABOVE_PERCENT} %: one branch would need more clients ` +
  'than the target has</p>';

function enrollment(run: TargetResult['run']): string {
  return `${run.enrollment_start} to ${run.enrollment_end}, ` +
    `${run.analysis_days} days of analysis`;
}

/** Sample-warehouse numbers are synthetic: say so, with the seed. */
function warehouse(results: TargetResult[]): string[] {
  const seeds = results.flatMap(({ run }) =>
    run.warehouse === undefined ? [] : [String(run.warehouse.seed)]);
  if (seeds.length === 0) return [];
  return [`sample warehouse, synthetic data (seed ${distinct(seeds)})`];
}

function otherOptions(parameters: Record<string, number | string>[]) {
  const options = parameters.flatMap((p) => Object.entries(p)
    .filter(([key]) => key !== 'power' && key !== 'effect_size')
    .map(([key, value]) => `${key} ${value}`));
  return [...new Set(options)];
}

function distinct(values: string[]): string {
  return [...new Set(values)].join(', ');
}
