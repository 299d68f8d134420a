import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runDatesFor } from '../../src/dates/RunDates.js';
import { compileFor } from '../support/compileFor.js';
import type { Row } from '../support/memoryWarehouse.js';
import { memoryWarehouse } from '../support/memoryWarehouse.js';
import { desktopTables } from '../support/desktopFixture.js';
import { refs } from '../stats/powerRefs.js';

interface Pipeline {
  dataset: string;
  percentile_value: number;
  n_total: number;
  n_kept: number;
  mean_trimmed: number;
  sd_trimmed_ddof1: number;
}

const dates = runDatesFor('2026-03-01');

/** One client per value, each active once with that many hours. */
async function aggregatesOf(values: number[]) {
  const clients = values.map((hours, index) => ({
    id: `c${String(index).padStart(5, '0')}`,
    firstSeen: '2025-01-01',
    days: [{ date: '2026-01-25', hours }],
  }));
  const warehouse = await memoryWarehouse(desktopTables(clients));
  const query = compileFor({
    app: 'firefox_desktop',
    locales: 'all',
    channel: 'all',
    country: 'all',
    userType: 'all',
  });
  return warehouse.engine.run(query, dates);
}

const close = (
  actual: number | null | undefined,
  expected: number,
  tolerance = 1e-12,
) =>
  typeof actual === 'number' &&
  Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));

test('a metric capped at its maximum keeps every client', async () => {
  // 97.45664549393955 × (1 - f) + 97.45664549393955 × f misses the value
  // by an ulp: a built-in percentile would then drop every capped client.
  const cap = 97.45664549393955;
  const values = Array.from({ length: 2163 }, (_, i) =>
    i < 1081 ? i / 2163 : cap,
  );
  const row = await aggregatesOf(values);

  assert.is(row.active_hours_threshold, cap);
  assert.is(row.active_hours_kept, 2163);
});

const pipelines = refs.cases
  .flatMap((c) => (c.pipeline ? [c.pipeline as unknown as Pipeline] : []))
  .filter(
    (p: Pipeline, i: number, all: Pipeline[]) =>
      all.findIndex((q) => q.dataset === p.dataset) === i,
  );

for (const pipeline of pipelines) {
  test(`trimming matches numpy and pandas on ${pipeline.dataset}`, async () => {
    const datasets = refs.meta.datasets as Record<string, number[]>;
    const values = datasets[pipeline.dataset]!;
    const row = await aggregatesOf(values);

    assert.is(row.clients_targeted, pipeline.n_total);
    assert.ok(close(row.active_hours_threshold, pipeline.percentile_value));
    assert.is(row.active_hours_kept, pipeline.n_kept);
    assert.ok(close(row.active_hours_mean, pipeline.mean_trimmed));
    assert.ok(close(row.active_hours_sd, pipeline.sd_trimmed_ddof1));
  });
}

test('the reference data sets were found', () => {
  assert.ok(pipelines.length >= 3, `only ${pipelines.length} data sets`);
});

test.run();
