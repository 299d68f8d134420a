import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { metricAggregates } from '../../src/execute/MetricAggregates.js';
import { sampleSizesFor } from '../../src/execute/sampleSizesFor.js';

const row = (changes: Record<string, number | null> = {}) => ({
  clients_targeted: 1000,
  m_threshold: 9.5,
  m_kept: 995,
  m_mean: 2.5,
  m_sd: 1.25,
  ...changes,
});

test('a correct row becomes one record per metric', () => {
  assert.equal(metricAggregates(row(), ['m']), {
    m: {
      clients_targeted: 1000,
      threshold: 9.5,
      clients_kept: 995,
      mean: 2.5,
      sd: 1.25,
    },
  });
});

test('rows no correct query returns are refused, naming the column', () => {
  const cases: [Record<string, number | null>, RegExp][] = [
    [{ clients_targeted: -5 }, /clients_targeted = -5/],
    [{ clients_targeted: 2.5 }, /clients_targeted = 2\.5/],
    [{ m_kept: 5000 }, /m_kept = 5000, .*from 0 to 1000/],
    [{ m_mean: Number.NaN }, /m_mean = NaN/],
    [{ m_mean: null }, /m_mean = null/],
    [{ m_sd: -3.5 }, /m_sd = -3\.5.*not negative/],
    [{ m_sd: Number.POSITIVE_INFINITY }, /m_sd = Infinity/],
  ];
  for (const [changes, message] of cases) {
    assert.throws(() => metricAggregates(row(changes), ['m']), message);
  }
});

test('no values, no statistics: nothing is made up', () => {
  const empty = row({
    clients_targeted: 0,
    m_kept: 0,
    m_threshold: null,
    m_mean: null,
    m_sd: null,
  });
  assert.equal(metricAggregates(empty, ['m']).m, {
    clients_targeted: 0,
    threshold: null,
    clients_kept: 0,
    mean: null,
    sd: null,
  });
});

test('a size too large to show as a share is not computable', () => {
  const aggregates = metricAggregates(row(), ['m']);
  const sizes = sampleSizesFor(aggregates, {
    power: [0.8],
    effect_size: [1e-153],
  });
  const size = sizes['Power0.8EffectSize1e-153']!.metrics.m!;
  assert.is(size.sample_size_per_branch, null);
  assert.is(size.population_percent_per_branch, null);
  assert.type(size.not_computable, 'string');
});

test.run();
