import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  DEFAULT_RETRY_POLICY,
} from '../../src/engines/bigquery/RetryPolicy.js';
import { bigqueryProject } from './support/bigqueryProject.js';
import { DATE, GCP_PROJECT, Harness } from './support/Harness.js';
import { runSizing } from './support/runSizing.js';

const harness = await Harness.start();
const { fake } = harness;
const root = bigqueryProject();
const SLUG = 'firefox_ios-release-en_us-all-all';

test.before.each(() => harness.reset());
test.before(() => harness.install());
test.after(() => harness.stop());

const execute = (flags: string[], env: NodeJS.ProcessEnv = {}) => runSizing(
  ['--project-dir', root, '--date', DATE, '--target', SLUG, ...flags],
  { clock: harness.clock, retry: DEFAULT_RETRY_POLICY, env },
);
const bigquery = ['--engine', 'bigquery', '--project', GCP_PROJECT];

/** Exit 2, one line naming the flag, and nothing sent. */
async function assertUsageError(
  flags: string[],
  message: string,
  env?: NodeJS.ProcessEnv,
) {
  const run = await execute(flags, env);
  assert.is(run.status, 2, run.stderr);
  assert.match(run.stderr, message);
  assert.equal(fake.requests, []);
}

test('BigQuery needs the project that runs the jobs', async () => {
  const flags = ['--engine', 'bigquery', '--api-endpoint', fake.endpoint];
  await assertUsageError(flags,
    '--project: required with --engine bigquery');
});

test('an engine must be one this tool has', async () => {
  await assertUsageError(['--engine', 'snowflake'],
    '--engine: "snowflake" is not one of');
});

test('BigQuery flags are refused on the embedded engine', async () => {
  await assertUsageError(['--dry-run', '--max-bytes', '1GB'],
    '--max-bytes, --dry-run: only with --engine bigquery');
});

test('bad numbers name their flag', async () => {
  const endpoint = ['--api-endpoint', fake.endpoint];
  await assertUsageError([...bigquery, ...endpoint, '--max-bytes', 'plenty'],
    '--max-bytes: "plenty" is not a byte count');
  await assertUsageError([...bigquery, ...endpoint, '--concurrency', '0'],
    '--concurrency: "0" is not a whole number from 1 to 100');
});

test('an endpoint must be a URL without credentials', async () => {
  await assertUsageError([...bigquery, '--api-endpoint', 'not a url'],
    '--api-endpoint: "not a url" is not a URL');
  const secret = 'http://me:secret@127.0.0.1:1';
  await assertUsageError([...bigquery, '--api-endpoint', secret],
    '--api-endpoint: must not hold a user name or password');
});

test('an empty endpoint is refused, never read as the real service', async () => {
  await assertUsageError([...bigquery, '--api-endpoint', ''],
    '--api-endpoint: is empty; give a URL');
  await assertUsageError([...bigquery], 'SIZING_BIGQUERY_API_ENDPOINT: is empty',
    { SIZING_BIGQUERY_API_ENDPOINT: ' ' });
});

test('BIGQUERY_EMULATOR_HOST is refused, not half honoured', async () => {
  await assertUsageError([...bigquery, '--api-endpoint', fake.endpoint],
    'BIGQUERY_EMULATOR_HOST is set', { BIGQUERY_EMULATOR_HOST: fake.endpoint });
});

test('the endpoint may come from SIZING_BIGQUERY_API_ENDPOINT', async () => {
  const run = await execute([...bigquery, '--dry-run'],
    { SIZING_BIGQUERY_API_ENDPOINT: fake.endpoint });

  assert.is(run.status, 0, run.stderr);
  assert.is(fake.dryRuns().length, 1);
});

test('nothing left loopback and no credentials were looked up', () => {
  harness.assertStayedLocal();
});

test.run();
