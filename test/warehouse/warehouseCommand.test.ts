import { existsSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readWarehouseInfo } from '../../src/warehouse/readWarehouseInfo.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/runCli.js';
import { spec, temporaryPath } from './warehouseFixture.js';

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

test('builds the warehouse, reporting rows per table on one line', async () => {
  const path = temporaryPath();
  const run = runCli([
    'warehouse', '--path', path, '--clients', '500', '--date', '2026-06-01',
  ]);
  assert.is(run.status, 0, run.stderr);
  assert.ok(existsSync(path));

  const [result, ...more] = lines(run.stdout);
  assert.equal(more, []);
  for (const table of Object.keys(spec.tables)) assert.match(result!, table);
  assert.match(result!, /built in \d+\.\d s$/);

  const info = await readWarehouseInfo(path, repoRoot);
  assert.is(info?.clients, 500);
  assert.is(info?.seed, spec.warehouse.seed);
});

test('the seed flag is stored with the warehouse', async () => {
  const path = temporaryPath();
  const run = runCli(['warehouse', '--path', path, '--clients', '50',
    '--seed', '42', '--date', '2026-06-01']);
  assert.is(run.status, 0, run.stderr);
  assert.is((await readWarehouseInfo(path, repoRoot))?.seed, 42);
});

const refusals: [string[], string][] = [
  [['--date', '2026-13-01'], '--date'],
  [['--clients', '0'], '--clients'],
  [['--clients', 'many'], '--clients'],
  [['--seed', '1.5'], '--seed'],
];

for (const [flags, named] of refusals) {
  test(`refuses ${flags.join(' ')} naming ${named}, building nothing`, () => {
    const path = temporaryPath();
    const run = runCli(['warehouse', '--path', path, ...flags]);
    assert.is(run.status, 2);
    assert.is(lines(run.stderr).length, 1, run.stderr);
    assert.match(run.stderr, named);
    assert.is(run.stdout, '');
    assert.not.ok(existsSync(path));
  });
}

test.run();
