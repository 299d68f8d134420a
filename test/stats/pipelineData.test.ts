import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sizeMetric, type MetricSummary } from '../../src/stats/sizeMetric.js';
import { assertClose } from './close.js';
import { casesOf, num, refs, str, type RefCase } from './powerRefs.js';

/**
 * The reference pipelines run on small inline data sets. Trimming happens
 * in SQL in the product; here the test trims the same way (values at or
 * below numpy's default, linearly interpolated, 99.5th percentile) so that
 * the summaries fed to sizeMetric are the reference's own.
 */

function dataset(name: string): number[] {
  const sets = refs.meta.datasets as Record<string, number[]>;
  const values = sets[name];
  if (!values) throw new Error(`no data set ${name}`);
  return values;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * q) / 100;
  const lo = Math.floor(h);
  const [a, b] = [sorted[lo]!, sorted[Math.min(lo + 1, sorted.length - 1)]!];
  return a + (h - lo) * (b - a);
}

function summarize(values: number[]): MetricSummary & { cut: number } {
  const cut = percentile(values, 99.5);
  const kept = values.filter((x) => x <= cut);
  const mean = kept.reduce((s, x) => s + x, 0) / kept.length;
  const squares = kept.reduce((s, x) => s + (x - mean) ** 2, 0);
  const sd = Math.sqrt(squares / (kept.length - 1));
  return { clientsKept: kept.length, mean, sd, cut };
}

function pipelineSummary(c: RefCase) {
  const name = str((c.pipeline as Record<string, string>).dataset);
  return summarize(dataset(name));
}

test('trimmed summaries of the data sets match the reference', () => {
  const aggregation = casesOf('moz_style_aggregation');
  const piped = [
    ...casesOf('moz_style_mean'),
    ...casesOf('moz_style_poisson'),
    ...casesOf('moz_style_proportion'),
  ];
  const expected = [
    ...aggregation.map((c) => [c, 'result'] as const),
    ...piped.map((c) => [c, 'pipeline'] as const),
  ];

  for (const [c, field] of expected) {
    const name = field === 'result' ? str(c.args.dataset) : '';
    const got = name ? summarize(dataset(name)) : pipelineSummary(c);
    assertClose(got.cut, num(c, `${field}.percentile_value`), { rel: 1e-12 }, c.id);
    assert.is(got.clientsKept, num(c, `${field}.n_kept`), c.id);
    assertClose(got.mean!, num(c, `${field}.mean_trimmed`), { rel: 1e-12 }, c.id);
    assertClose(got.sd!, num(c, `${field}.sd_trimmed_ddof1`), { rel: 1e-12 }, c.id);
  }
});

test('sizeMetric sizes means with the z- and t-tests', () => {
  for (const c of casesOf('moz_style_mean')) {
    const test = c.function.includes('zt_ind') ? 'z' : 't';
    const tolerance = test === 'z' ? { rel: 1e-9 } : { rel: 1e-6 };
    const effect = num(c, 'pipeline.relative_effect');
    const options = { test, power: num(c.args.power) } as const;
    const size = sizeMetric(pipelineSummary(c), effect, options);
    assert.ok(size.computable, c.id);
    if (!size.computable) continue;
    assertClose(size.control, num(c, 'refined.root'), tolerance, c.id);
  }
});

test('sizeMetric sizes proportions and Poisson rates from the mean', () => {
  for (const c of casesOf('moz_style_proportion')) {
    if (str(c.variant) !== 'baseline_prop2=mean') continue;
    const summary = pipelineSummary(c);
    const relative = num(c, 'pipeline.absolute_effect') / summary.mean!;
    const options = { test: 'proportions' as const, power: num(c.args.power) };
    const size = sizeMetric(summary, relative, options);
    assert.ok(size.computable, c.id);
    if (!size.computable) continue;
    assertClose(size.control, num(c, 'result'), { rel: 1e-9 }, c.id);
  }

  for (const c of casesOf('moz_style_poisson')) {
    const options = { test: 'poisson' as const, power: num(c.args.power) };
    const effect = num(c.args.relative_effect);
    const size = sizeMetric(pipelineSummary(c), effect, options);
    assert.ok(size.computable, c.id);
    if (!size.computable) continue;
    const textbook = num(c, 'textbook_poisson_two_rate_nobs1');
    assertClose(size.control, textbook, { rel: 1e-9 }, c.id);
  }
});

test('sizeMetric names the method and says when the mean is no proportion', () => {
  const summary = { clientsKept: 100, mean: 2.5, sd: 1 };
  const proportion = sizeMetric(summary, 0.1, { test: 'proportions' });
  assert.is(proportion.computable, false);
  if (!proportion.computable) assert.match(proportion.reason, /not a proportion/);

  const mw = sizeMetric(summary, 0.1, { test: 'mann-whitney' });
  assert.ok(mw.computable);
  assert.match(mw.method, /Mann-Whitney/);
});

test.run();
