import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildWarehouse } from '../../src/warehouse/buildWarehouse.js';
import { repoRoot } from '../support/paths.js';
import { copyProject, runCli } from '../support/runCli.js';

const DATE = '2026-06-01';
const SLUGS = ['fenix-release-en_us-us-new', 'firefox_ios-beta-en_us-all-all'];

test('a real run\'s results make a report with every target', async () => {
  const root = copyProject();
  const warehouse = join(root, 'sample.duckdb');
  await buildWarehouse({ path: warehouse, runDate: DATE, seed: 3,
    clients: 400, root: repoRoot });
  const executed = runCli(['execute', '--project-dir', root, '--date', DATE,
    '--warehouse', warehouse, '--target', ...SLUGS]);
  assert.is(executed.status, 0, executed.stderr);

  const run = runCli(['report', '--project-dir', root], root);
  assert.is(run.status, 0, run.stderr);
  const html = readFileSync(join(root, 'results', DATE, 'report.html'), 'utf8');
  for (const slug of SLUGS) assert.match(html, `data-target="${slug}"`);
  assert.match(html, 'sample warehouse, synthetic data (seed 3)');
});

test.run();
