import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EXIT_USAGE, SizingError } from '../../src/SizingError.js';
import { buildWarehouse } from '../../src/warehouse/buildWarehouse.js';
import {
  loadWarehouseSpec,
  WAREHOUSE_FILE,
} from '../../src/warehouse/loadWarehouseSpec.js';
import { repoRoot } from '../support/paths.js';
import { temporaryFolder } from './warehouseFixture.js';

const original = readFileSync(join(repoRoot, WAREHOUSE_FILE), 'utf8');

/** A project whose warehouse.toml has `from` replaced by `to`. */
function projectWith(from: string, to: string): string {
  assert.ok(original.includes(from), from);
  const root = temporaryFolder();
  cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
  writeFileSync(join(root, WAREHOUSE_FILE), original.replace(from, to));
  return root;
}

function refusal(root: string): SizingError {
  try {
    loadWarehouseSpec(root);
  } catch (error) {
    assert.instance(error, SizingError);
    return error as SizingError;
  }
  throw new Error('accepted a broken data/warehouse.toml');
}

test('the committed file is valid', () => {
  const spec = loadWarehouseSpec(repoRoot);
  assert.ok(Object.keys(spec.tables).length > 0);
});

test('a bad relative day names its key', () => {
  const root = projectWith('last_day = "R-1"', 'last_day = "yesterday"');
  const error = refusal(root);
  assert.is(error.exitCode, EXIT_USAGE);
  assert.match(error.message, 'data/warehouse.toml');
  assert.match(error.message, 'warehouse.last_day');
});

test('a table filled by an unknown app is refused', () => {
  const error = refusal(projectWith('apps = ["fenix"]', 'apps = ["fennec"]'));
  assert.match(error.message, /tables\."[a-z_.]+"\.apps: unknown app "fennec"/);
});

test('a value a grain cannot give is refused, naming the column', () => {
  const from = 'rows = "first_seen"';
  const root = projectWith(from, 'rows = "first_seen"\nx = 1');
  assert.match(refusal(root).message, 'unknown key');

  const grain = projectWith('rows = "seen_days"', 'rows = "first_seen"');
  const message = refusal(grain).message;
  assert.match(message, /columns\.days_since_seen: .* first_seen rows/);
});

test('a misspelt key is refused rather than ignored', () => {
  const error = refusal(projectWith('warmup_days = 28', 'warm_up_days = 28'));
  assert.match(error.message, 'warm_up_days');
});

test('a cohort ending before it starts is refused at build time', async () => {
  const root = projectWith(
    'first_seen = ["S", "E"]', 'first_seen = ["E", "S"]');
  try {
    await buildWarehouse({
      path: join(root, 'w.duckdb'), runDate: '2026-06-01', clients: 10, root,
    });
    assert.unreachable('built with a reversed cohort');
  } catch (error) {
    assert.instance(error, SizingError);
    const message = (error as Error).message;
    assert.match(message, /cohorts\.\w+\.first_seen: ends before/);
  }
});

test.run();
