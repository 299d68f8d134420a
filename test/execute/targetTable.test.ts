import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  formatCount, formatEffect, formatPercent, targetTable,
} from '../../src/execute/targetTable.js';

const size = (n: number | null, share: number | null, reason?: string) => ({
  number_of_clients_targeted: 2000,
  sample_size_per_branch: n,
  population_percent_per_branch: share,
  ...(reason ? { not_computable: reason } : {}),
});

test('one row per metric, one column per effect size', () => {
  const table = targetTable({
    target: { slug: 'fenix-beta-en_us-us-new' },
    sample_sizes: {
      'Power0.8EffectSize0.01': {
        parameters: { power: 0.8, effect_size: 0.01 },
        metrics: {
          active_hours: size(1234.2, 61.71),
          days_of_use: size(null, null, 'standard deviation is 0'),
        },
      },
      'Power0.8EffectSize0.05': {
        parameters: { power: 0.8, effect_size: 0.05 },
        metrics: {
          active_hours: size(49.5, 2.475),
          days_of_use: size(null, null, 'standard deviation is 0'),
        },
      },
    },
  });

  assert.is(table, [
    'fenix-beta-en_us-us-new: 2,000 clients',
    '  metric                    1%              5%',
    '  active_hours     1,235 (62%)       50 (2.5%)',
    '  days_of_use   not computable  not computable',
].join('\n'));
});

test('numbers are rounded the way a reader needs them', () => {
  assert.is(formatCount(1234.0001), '1,235');
  assert.is(formatPercent(0.012345), '0.012%');
  assert.is(formatPercent(99.95), '100%');
  assert.is(formatPercent(46401.4), '46,401%');
  assert.is(formatEffect(0.005), '0.5%');
  assert.is(formatEffect(0.07), '7%');
});

test.run();
