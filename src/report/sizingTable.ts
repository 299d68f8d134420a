import type {
  MetricSampleSize,
  SampleSizeEntry,
} from '../execute/sampleSizesFor.js';
import { formatCount } from '../execute/targetTable.js';
import type { TargetResult } from '../results/TargetResult.js';
import { escapeHtml } from './escapeHtml.js';
import { feasibility } from './feasibility.js';
import { formatEffect } from './formatEffect.js';
import { formatShare } from './formatShare.js';

/**
 * A target's numbers as an HTML table: per metric, the clients targeted,
 * then the sample size per branch and its share of the target for each
 * (power, effect size) pair, or why it cannot be computed.
 */
export function sizingTable(result: TargetResult): string {
  const entries = Object.values(result.sample_sizes);
  const metrics = [...new Set(entries.flatMap((e) => Object.keys(e.metrics)))];

  return [
    '<table class="sizes">',
    header(entries),
    '<tbody>',
    ...metrics.map((metric) => row(metric, entries)),
    '</tbody></table>',
  ].join('\n');
}

function header(entries: SampleSizeEntry[]): string {
  const powers = new Set(entries.map((e) => e.parameters.power));
  const pairs = entries.map(({ parameters }) => {
    const power = powers.size > 1 ? `, power ${parameters.power}` : '';
    const effect = formatEffect(Number(parameters.effect_size));
    return `<th colspan="2" scope="colgroup">${effect} effect${power}</th>`;
  });
  const units = entries.map(() =>
    '<th scope="col">n per branch</th><th scope="col">% of target</th>');

  return [
    '<thead><tr><th rowspan="2" scope="col">metric</th>',
    '<th rowspan="2" scope="col">clients targeted</th>',
    ...pairs,
    '</tr><tr>',
    ...units,
    '</tr></thead>',
  ].join('');
}

function row(metric: string, entries: SampleSizeEntry[]): string {
  const sizes = entries.map((entry) => entry.metrics[metric]);
  const clients = sizes.find((size) => size !== undefined)
    ?.number_of_clients_targeted ?? 0;

  const head = `<tr><th scope="row">${escapeHtml(metric)}</th>` +
    `<td class="num">${formatCount(clients)}</td>`;
  return `${head}${cells(sizes)}</tr>`;
}

function cells(sizes: (MetricSampleSize | undefined)[]): string {
  const sameReason = !sizes.some(isSized) &&
    new Set(sizes.map(reasonOf)).size === 1;

  // One reason for every effect size is said once, across the row.
  if (sameReason) return notComputable(reasonOf(sizes[0]), sizes.length);
  return sizes.map(sizeCells).join('');
}

interface Sized {
  sample_size_per_branch: number;
  population_percent_per_branch: number;
}

function isSized(size: MetricSampleSize | undefined): size is
  MetricSampleSize & Sized {
  return size !== undefined && size.sample_size_per_branch !== null &&
    size.population_percent_per_branch !== null;
}

function reasonOf(size: MetricSampleSize | undefined): string | undefined {
  if (isSized(size)) return undefined;
  return size === undefined ? 'not sized' : size.not_computable;
}

function sizeCells(size: MetricSampleSize | undefined): string {
  if (!isSized(size)) return notComputable(reasonOf(size), 1);

  const n = size.sample_size_per_branch;
  const percent = size.population_percent_per_branch;
  const band = feasibility(percent);
  return `<td class="num ${band}" title="${n} clients per branch">` +
    `${formatCount(n)}</td>` +
    `<td class="num ${band}" title="${band}">${formatShare(percent)}</td>`;
}

function notComputable(reason: string | undefined, pairs: number): string {
  return `<td class="na" colspan="${2 * pairs}">not computable: ` +
    `${escapeHtml(reason ?? 'no reason given')}</td>`;
}
