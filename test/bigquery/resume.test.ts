import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  DEFAULT_RETRY_POLICY,
} from '../../src/engines/bigquery/RetryPolicy.js';
import { buildWarehouse } from '../../src/warehouse/buildWarehouse.js';
import { repoRoot } from '../support/paths.js';
import { bigqueryProject } from './support/bigqueryProject.js';
import { DATE, Harness } from './support/Harness.js';
import { runSizing } from './support/runSizing.js';

const harness = await Harness.start();
const { fake } = harness;
const root = bigqueryProject();

const SLUGS = [
  'fenix-nightly-en_us-all-new',
  'firefox_ios-release-en_us-us-existing',
];
const resultPath = (slug: string) =>
  join(root, 'results', DATE, `${slug}.json`);
const readResult = (slug: string) => readFileSync(resultPath(slug), 'utf8');
const insertedSlugs = () => fake.inserts().map(({ body }) =>
  /^-- sizing target (\S+)$/m.exec(body!.configuration.query.query)![1]);

test.before.each(() => harness.reset());
test.before(() => harness.install());
test.after(() => harness.stop());

test('a second run skips complete results and sends nothing', async () => {
  assert.is((await harness.run(root, '--target', ...SLUGS)).status, 0);
  const before = SLUGS.map(readResult);
  fake.requests.length = 0;

  const again = await harness.run(root, '--target', ...SLUGS);
  assert.is(again.status, 0, again.stderr);
  assert.equal(fake.requests, [], 'no dry run, no job');
  assert.match(again.stderr, `2 targets already complete for ${DATE}`);
  assert.match(again.stdout, '0 targets sized, 2 already complete');
  for (const slug of SLUGS) assert.match(again.stdout, slug);
  assert.equal(SLUGS.map(readResult), before);
});

test('--force sizes them again', async () => {
  const run = await harness.run(root, '--target', ...SLUGS, '--force');

  assert.is(run.status, 0, run.stderr);
  assert.equal(insertedSlugs().sort(), [...SLUGS].sort());
  assert.match(run.stdout, '2 targets sized');
});

test('a result cut short, or of other SQL, counts as not done', async () => {
  const [cut, other] = SLUGS as [string, string];
  writeFileSync(resultPath(cut), readResult(cut).slice(0, 200));
  const result = JSON.parse(readFileSync(resultPath(other), 'utf8')) as {
    run: { sql_sha256: string };
  };
  result.run.sql_sha256 = '0'.repeat(64);
  writeFileSync(resultPath(other), JSON.stringify(result));

  assert.is((await harness.run(root, '--target', ...SLUGS)).status, 0);
  assert.equal(insertedSlugs().sort(), [...SLUGS].sort());
});

test('a result missing a metric counts as not done', async () => {
  const [slug] = SLUGS as [string];
  const result = JSON.parse(readFileSync(resultPath(slug), 'utf8')) as {
    aggregates: Record<string, unknown>;
  };
  delete result.aggregates.days_of_use;
  writeFileSync(resultPath(slug), JSON.stringify(result));

  assert.is((await harness.run(root, '--target', ...SLUGS)).status, 0);
  assert.equal(insertedSlugs(), [slug]);
});

test('the embedded engine resumes the same way', async () => {
  const warehouse = join(root, 'sample.duckdb');
  await buildWarehouse({
    path: warehouse, runDate: DATE, seed: 3, clients: 300, root: repoRoot,
  });
  const duckdb = (...flags: string[]) => runSizing([
    '--project-dir', root, '--date', DATE, '--warehouse', warehouse,
    '--target', SLUGS[0]!, ...flags,
  ], { clock: harness.clock, retry: DEFAULT_RETRY_POLICY, env: {} });

  const first = await duckdb();
  assert.is(first.status, 0, first.stderr);
  assert.match(first.stdout, '1 target sized');
  const written = readFileSync(resultPath(SLUGS[0]!), 'utf8');
  assert.match(written, '"engine": "duckdb"');

  const second = await duckdb();
  assert.match(second.stdout, '0 targets sized, 1 already complete');
  assert.is(readFileSync(resultPath(SLUGS[0]!), 'utf8'), written);

  const forced = await duckdb('--force');
  assert.match(forced.stdout, '1 target sized');
});

test('nothing left loopback and no credentials were looked up', () => {
  harness.assertStayedLocal();
});

test.run();
