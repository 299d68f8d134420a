import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeHtml } from '../../src/report/escapeHtml.js';
import { feasibility } from '../../src/report/feasibility.js';
import { formatEffect } from '../../src/report/formatEffect.js';
import { formatShare } from '../../src/report/formatShare.js';
import { sizingTable } from '../../src/report/sizingTable.js';
import { PLANS, RUN_DATE, targetResult } from './reportFixture.js';

test('shares keep two figures when small and group thousands', () => {
  assert.is(formatShare(0.04234), '0.042 %');
  assert.is(formatShare(3.14159), '3.1 %');
  assert.is(formatShare(17256.9), '17,257 %');
  assert.is(formatEffect(0.005), '0.5 %');
  assert.is(formatEffect(0.07), '7 %');
});

test('feasibility bands: under 1 %, up to 100 %, beyond', () => {
  assert.is(feasibility(0.999), 'cheap');
  assert.is(feasibility(1), 'feasible');
  assert.is(feasibility(100), 'feasible');
  assert.is(feasibility(100.001), 'infeasible');
});

test('text from result files is escaped', () => {
  assert.is(escapeHtml('<b a="1">&\'</b>'),
    '&lt;b a=&quot;1&quot;&gt;&amp;&#39;&lt;/b&gt;');

  const result = targetResult({ ...PLANS[0]!,
    metrics: { '<img>': { reason: 'a <script> reason' } } }, RUN_DATE);
  const html = sizingTable(result);
  assert.match(html, '&lt;img&gt;');
  assert.match(html, 'a &lt;script&gt; reason');
  assert.not.match(html, '<img>');
});

test('a reason that differs by effect size is given per cell', () => {
  const result = targetResult(PLANS[0]!, RUN_DATE);
  const entries = Object.values(result.sample_sizes);
  entries[0]!.metrics.days_of_use = { number_of_clients_targeted: 1e6,
    sample_size_per_branch: null, population_percent_per_branch: null,
    not_computable: 'too small' };

  const row = sizingTable(result).split('\n')
    .find((line) => line.includes('days_of_use'))!;
  assert.match(row, '<td class="na" colspan="2">not computable: too small');
  assert.is(row.match(/class="num /g)?.length, 6);
});

test.run();
