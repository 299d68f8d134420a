import { readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildWarehouse } from '../../src/warehouse/buildWarehouse.js';
import { isWarehouseCurrent } from '../../src/warehouse/isWarehouseCurrent.js';
import { readWarehouseInfo } from '../../src/warehouse/readWarehouseInfo.js';
import { SizingError } from '../../src/SizingError.js';
import type { WarehouseInfo } from '../../src/warehouse/WarehouseInfo.js';
import { repoRoot } from '../support/paths.js';
import { RUN_DATE, spec, temporaryPath } from './warehouseFixture.js';

const path = temporaryPath();
const built = await buildWarehouse({
  path, runDate: RUN_DATE, seed: 5, clients: 200, root: repoRoot,
});

test('reads back what the warehouse was built for', async () => {
  const info = await readWarehouseInfo(path, repoRoot);
  assert.equal(info, built);
  assert.is(info?.runDate, RUN_DATE);
  assert.is(info?.seed, 5);
  assert.is(info?.clients, 200);
  assert.is(info?.generatorVersion, spec.warehouse.generator_version);
  assert.equal(Object.keys(info?.rows ?? {}), Object.keys(spec.tables));
});

test('the data spans S-30 through the day before the run', () => {
  assert.is(built.firstDay, '2026-03-27');
  assert.is(built.lastDay, '2026-05-31');
});

test('a missing file has no info', async () => {
  assert.is(await readWarehouseInfo(temporaryPath(), repoRoot), null);
});

test('a DuckDB file without the metadata table has no info', async () => {
  const other = temporaryPath();
  const instance = await DuckDBInstance.create(other);
  instance.closeSync();
  assert.is(await readWarehouseInfo(other, repoRoot), null);
});

test('a file that is not a database is refused with its path', async () => {
  const junk = temporaryPath('junk.duckdb');
  writeFileSync(junk, 'not a database\n');
  try {
    await readWarehouseInfo(junk, repoRoot);
    assert.unreachable('read a junk file');
  } catch (error) {
    assert.instance(error, SizingError);
    assert.match((error as Error).message, junk);
  }
});

test('a warehouse is current only for its run date and day counts', () => {
  const wanted = { runDate: RUN_DATE, enrollmentDays: 7, analysisDays: 28 };
  const current = (info: WarehouseInfo | null, changes = {}) =>
    isWarehouseCurrent(info, { ...wanted, ...changes }, repoRoot);

  assert.ok(current(built));
  assert.ok(current(built, { seed: 5 }));
  assert.not.ok(current(built, { seed: 6 }));
  assert.not.ok(current(built, { runDate: '2026-06-02' }));
  assert.not.ok(current(built, { analysisDays: 14 }));
  assert.not.ok(current(null));
  assert.not.ok(current({ ...built, generatorVersion: 0 }));
});

test('a rebuild replaces the file in place', async () => {
  const rebuilt = await buildWarehouse({
    path, runDate: '2026-06-02', seed: 5, clients: 100, root: repoRoot,
  });
  assert.equal(await readWarehouseInfo(path, repoRoot), rebuilt);
  assert.equal(readdirSync(dirname(path)), ['sample.duckdb']);
});

test.run();
