import type { TargetResult } from '../results/TargetResult.js';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';
import { escapeHtml } from './escapeHtml.js';
import { filterScript } from './filterScript.js';
import { renderChart } from './renderChart.js';
import { reportStyles } from './reportStyles.js';
import { runSummary } from './runSummary.js';
import { sizingChartSpec } from './sizingChartSpec.js';
import { sizingPoints } from './SizingPoint.js';
import { targetIndex } from './targetIndex.js';
import { targetPopulation } from './targetPopulation.js';
import { targetSection } from './targetSection.js';

/**
 * The whole report as one HTML document: styles, script and charts are
 * inside it, so it opens from a file with no network.
 */
export async function renderReport(
  runDate: string,
  results: TargetResult[],
): Promise<string> {
  const sections: string[] = [];
  for (const result of results) {
    sections.push(targetSection(result, await chartOf(result)));
  }

  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" ' +
      `content="${contentSecurityPolicy(filterScript)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Sample sizes, run of ${escapeHtml(runDate)}</title>`,
    `<style>${reportStyles}</style>`,
    '</head><body><div class="layout">',
    targetIndex(results),
    '<main>',
    runSummary(runDate, results),
    '<p id="empty" hidden>No target matches these filters.</p>',
    ...sections,
    '</main></div>',
    `<script>${filterScript}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** The chart of a target, or null when no point can be drawn. */
async function chartOf(result: TargetResult): Promise<string | null> {
  const points = sizingPoints(result);
  const population = targetPopulation(result);
  if (points.length === 0 || population === 0) return null;

  const svg = await renderChart(sizingChartSpec(points, population));
  return withoutNamespaces(svg);
}

// Inside HTML the SVG namespaces are implied. Dropping their declarations
// leaves no URL at all in the page, which makes "fetches nothing" easy to
// check by reading the file.
function withoutNamespaces(svg: string): string {
  return svg.replace(/ xmlns(:\w+)?="[^"]*"/g, '');
}
