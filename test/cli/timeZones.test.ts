import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { projectWithWarehouse, runCli } from '../support/runCli.js';
import { repoRoot } from '../support/paths.js';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'];
const DATE = '2026-03-01';
const SLUG = 'fenix-release-en_us-all-new';

test('compiled SQL is the same in every time zone', () => {
  for (const zone of ZONES) {
    const run = runCli(['compile', '--check'], repoRoot, { TZ: zone });
    assert.is(run.status, 0, `${zone}: ${run.stderr}`);
  }
});

test('run dates and results are the same in every time zone', async () => {
  const { root, warehouse } = await projectWithWarehouse(DATE, 3, 600);

  const outputs = ZONES.map((zone) => {
    const run = runCli(
      [
        'execute',
        '--project-dir',
        root,
        '--date',
        DATE,
        '--warehouse',
        warehouse,
        '--target',
        SLUG,
      ],
      repoRoot,
      { TZ: zone },
    );
    assert.is(run.status, 0, `${zone}: ${run.stderr}`);
    const text = readFileSync(
      join(root, 'results', DATE, `${SLUG}.json`),
      'utf8',
    );
    const { run: meta, ...rest } = JSON.parse(text);
    return {
      dates: [meta.enrollment_start, meta.enrollment_end, meta.data_end],
      rest,
    };
  });

  assert.equal(outputs[0]!.dates, ['2026-01-24', '2026-01-30', '2026-02-26']);
  assert.equal(outputs[1], outputs[0]);
  assert.equal(outputs[2], outputs[0]);
});

test.run();
