import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decadeDomain, decadeTicks } from '../../src/report/decades.js';
import { renderChart } from '../../src/report/renderChart.js';
import { sizingChartSpec } from '../../src/report/sizingChartSpec.js';
import { sizingPoints } from '../../src/report/SizingPoint.js';
import { PLANS, RUN_DATE, targetResult } from './reportFixture.js';

// fenix release new: 1,000,000 clients, n = 100 / e² and n = 1 / e².
const result = targetResult(PLANS[0]!, RUN_DATE);
const points = sizingPoints(result);
const spec = sizingChartSpec(points, 1e6);

/** Just enough of the spec's shape to find its layers' data and scales. */
interface Unit {
  data: { values: Record<string, number | string>[] };
  encoding: { y: { scale: { domain: number[] } } };
}
const layers = JSON.parse(JSON.stringify(spec)) as {
  layer: [{ layer: [Unit, Unit, Unit] }, Unit];
};

test('decades round a log domain out to powers of ten', () => {
  assert.equal(decadeDomain([3, 4500]), [1, 1e4]);
  assert.equal(decadeDomain([100]), [100, 1000]);
  assert.equal(decadeDomain([0, 0.5, 20]), [0.1, 100]);
  assert.equal(decadeTicks([0.1, 1000]), [0.1, 1, 10, 100, 1000]);
});

test('every computable size is a point, with its share', () => {
  assert.is(points.length, 8);
  assert.equal(points[0], { metric: 'active_hours', power: 0.8,
    effectSize: 0.005, perBranch: 4e6, percent: 400 });
});

test('the bands meet at 1 % and 100 % of the target', () => {
  const bands = layers.layer[0].layer[0].data.values;
  assert.equal(bands.map(({ band, low, high }) => [band, low, high]), [
    ['cheap', 100, 1e4],
    ['feasible', 1e4, 1e6],
    ['infeasible', 1e6, 1e7],
  ]);
});

test('the right axis is the left one as shares of the target', () => {
  const clients = layers.layer[0].layer[2].encoding.y.scale.domain;
  const shares = layers.layer[1].encoding.y.scale.domain;
  assert.equal(clients, [100, 1e7]);
  assert.equal(shares, clients.map((n) => (100 * n) / 1e6));
});

test('the SVG has the bands, a line per metric and both axes', async () => {
  const svg = await renderChart(spec);
  assert.match(svg, /^<svg /);

  for (const band of ['cheap', 'feasible', 'infeasible']) {
    assert.match(svg, new RegExp(`aria-label="[^"]*band: ${band}"`));
  }
  const lines = svg.match(/aria-roledescription="line mark"/g) ?? [];
  assert.is(lines.length, 2);
  assert.match(svg, '>clients per branch<');
  assert.match(svg, '>% of the target per branch<');
  assert.match(svg, '>100 %<');
  assert.match(svg, '>1M<');
});

test.run();
