import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TargetResult } from '../../src/results/TargetResult.js';
import { sizeMetric } from '../../src/stats/sizeMetric.js';
import { projectWithWarehouse, runCli } from '../support/runCli.js';

const DATE = '2026-06-01';
const SLUG = 'firefox_desktop-release-en_us-all-all';

test('test options in the lists reach every result and its numbers', async () => {
  const { root, warehouse } = await projectWithWarehouse(DATE, 5, 800);
  const lists = join(root, 'data/target_lists.toml');
  writeFileSync(
    lists,
    readFileSync(lists, 'utf8').replace(
      'effect_size = [0.005, 0.01, 0.02, 0.05]',
      'effect_size = [0.05]\ntest = "t"\nalpha = 0.01\narms = 3',
    ),
  );

  const run = runCli([
    'execute',
    '--project-dir',
    root,
    '--date',
    DATE,
    '--warehouse',
    warehouse,
    '--target',
    SLUG,
  ]);
  assert.is(run.status, 0, run.stderr);

  const result = JSON.parse(
    readFileSync(join(root, 'results', DATE, `${SLUG}.json`), 'utf8'),
  ) as TargetResult;
  const entry = result.sample_sizes['Power0.8EffectSize0.05']!;
  assert.equal(entry.parameters, {
    power: 0.8,
    effect_size: 0.05,
    test: 't',
    alpha: 0.01,
    arms: 3,
  });

  const hours = result.aggregates.active_hours!;
  const expected = sizeMetric(
    { clientsKept: hours.clients_kept, mean: hours.mean, sd: hours.sd },
    0.05,
    { test: 't', alpha: 0.01, arms: 3, power: 0.8 },
  );
  const zTest = sizeMetric(
    { clientsKept: hours.clients_kept, mean: hours.mean, sd: hours.sd },
    0.05,
  );
  assert.ok(expected.computable && zTest.computable);
  assert.is(
    entry.metrics.active_hours!.sample_size_per_branch,
    expected.control,
  );
  assert.ok(expected.control > zTest.control, 'stricter alpha needs more');
});

test.run();
