import { formatCount } from '../execute/targetTable.js';
import type { TargetResult } from '../results/TargetResult.js';
import { escapeHtml } from './escapeHtml.js';
import { filterAttributes } from './filterAttributes.js';
import { sizingTable } from './sizingTable.js';
import { targetLabel } from './targetLabel.js';
import { targetPopulation } from './targetPopulation.js';

/** The element id of a target's section, the index links' anchor. */
export const sectionId = (slug: string) => `target-${slug}`;

/** One target: its values, its table and its chart (SVG or null). */
export function targetSection(
  result: TargetResult,
  chart: string | null,
): string {
  const { slug } = result.target;
  const clients = formatCount(targetPopulation(result));

  return [
    `<section class="target" id="${escapeHtml(sectionId(slug))}" ` +
      `${filterAttributes(result)}>`,
    `<h2>${escapeHtml(slug)}</h2>`,
    `<p class="values">${escapeHtml(targetLabel(result))} · ` +
      `${clients} clients targeted</p>`,
    '<div class="panels">',
    `<div class="table-wrap">${sizingTable(result)}</div>`,
    figure(chart),
    '</div>',
    '</section>',
  ].join('\n');
}

function figure(chart: string | null): string {
  if (chart === null) {
    return '<p class="no-chart">Nothing to chart: no sample size of this ' +
      'target could be computed.</p>';
  }
  return `<figure class="chart">${chart}</figure>`;
}
