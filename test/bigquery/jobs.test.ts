import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TargetResult } from '../../src/results/TargetResult.js';
import { bigqueryProject } from './support/bigqueryProject.js';
import { DATE, GCP_PROJECT, Harness } from './support/Harness.js';

const harness = await Harness.start();
const { fake } = harness;
const root = bigqueryProject();

// A slug with dots, which neither job ids nor label values may hold.
const SLUG = 'fenix-beta-en_ca.en_gb.en_us-us-new';
const sql = readFileSync(join(root, 'compiled', `${SLUG}.sql`), 'utf8');
const sqlHash = createHash('sha256').update(sql).digest('hex');
const JOB_ID =
  'sizing_fenix-beta-en_ca_en_gb_en_us-us-new_20260301_' + sqlHash.slice(0, 16);

const readResult = () =>
  JSON.parse(
    readFileSync(join(root, 'results', DATE, `${SLUG}.json`), 'utf8'),
  ) as TargetResult & {
    run: { job_id: string; bytes_processed: number; gcp_project: string };
  };

test.before.each(() => harness.reset());
test.before(() => harness.install());
test.after(() => harness.stop());

test('sends the reviewed file as is, dates as DATE parameters', async () => {
  const run = await harness.run(root, '--target', SLUG, '--force');
  assert.is(run.status, 0, run.stderr);

  const bodies = [...fake.dryRuns(), ...fake.inserts()].map(
    (request) => request.body!,
  );
  assert.is(bodies.length, 2);
  for (const { configuration } of bodies) {
    assert.ok(configuration.query.query === sql, 'query text differs');
    assert.is(configuration.query.useLegacySql, false);
    assert.match(configuration.query.parameterMode ?? '', /^named$/i);
    // Run date 2026-03-01: enrollment 2026-01-24..30, data through 2026-02-26.
    assert.equal(configuration.query.queryParameters, [
      dateParameter('enrollment_start', '2026-01-24'),
      dateParameter('enrollment_end', '2026-01-30'),
      dateParameter('data_end', '2026-02-26'),
    ]);
  }
});

test('labels name tool, target and run date, within the rules', async () => {
  await harness.run(root, '--target', SLUG, '--force');
  const labels = fake.inserts()[0]!.body!.configuration.labels!;

  assert.equal(labels, {
    tool: 'sizing',
    target: 'fenix-beta-en_ca_en_gb_en_us-us-new',
    run_date: '2026-03-01',
  });
  for (const value of Object.values(labels)) {
    assert.match(value, /^[a-z0-9_-]{1,63}$/);
  }
});

test('the job id comes from target, run date and SQL hash', async () => {
  await harness.run(root, '--target', SLUG, '--force');
  const [insert] = fake.inserts();

  assert.is(insert!.body!.jobReference!.jobId, JOB_ID);
  assert.is(insert!.body!.jobReference!.projectId, GCP_PROJECT);
  assert.is(insert!.path, `/bigquery/v2/projects/${GCP_PROJECT}/jobs`);
});

test('a rerun finds the finished job, pays nothing twice', async () => {
  assert.is((await harness.run(root, '--target', SLUG, '--force')).status, 0);
  const rerun = await harness.run(root, '--target', SLUG, '--force');

  assert.is(rerun.status, 0, rerun.stderr);
  const ids = fake
    .inserts()
    .map((request) => request.body!.jobReference!.jobId);
  assert.equal(ids, [JOB_ID, JOB_ID]);
  assert.is(fake.jobs.size, 1, 'one job ran');
  assert.ok(
    fake.requests.some(
      (request) =>
        request.method === 'GET' && request.path.endsWith(`/jobs/${JOB_ID}`),
    ),
  );
  assert.match(rerun.stderr, 'results of a job an earlier run started');
  assert.is(readResult().run.job_id, JOB_ID);
});

test('a lost insert reply is retried into 409, job reused', async () => {
  fake.faults.push({
    step: 'insert',
    status: 503,
    reason: 'backendError',
    created: true,
  });
  const run = await harness.run(root, '--target', SLUG, '--force');

  assert.is(run.status, 0, run.stderr);
  assert.is(fake.inserts().length, 2);
  assert.is(fake.jobs.size, 1);
  assert.is(harness.clock.sleeps.length, 1);
});

test('the result records the job; cells become numbers', async () => {
  const run = await harness.run(root, '--target', SLUG, '--force');
  assert.match(run.stderr, `sized ${SLUG}: job ${JOB_ID}, 4.77 MiB processed`);

  const result = readResult();
  assert.is(result.run.engine, 'bigquery');
  assert.is(result.run.job_id, JOB_ID);
  assert.is(result.run.bytes_processed, 5_000_000);
  assert.is(result.run.gcp_project, GCP_PROJECT);
  assert.is(result.run.sql_sha256, sqlHash);
  assert.equal(result.aggregates.active_hours, {
    clients_targeted: 1000,
    threshold: 40.5,
    clients_kept: 995,
    mean: 4.25,
    sd: 3.5,
  });
  const { metrics } = result.sample_sizes['Power0.8EffectSize0.01']!;
  const size = metrics.active_hours!;
  assert.type(size.sample_size_per_branch, 'number');
});

test('NULL stays null and the sizes say why', async () => {
  const count = (name: string) =>
    name === 'clients_targeted' || name.endsWith('_kept');
  fake.row = (_slug, columns) =>
    Object.fromEntries(columns.map((name) => [name, count(name) ? '0' : null]));
  assert.is((await harness.run(root, '--target', SLUG, '--force')).status, 0);

  const result = readResult();
  assert.equal(result.aggregates.days_of_use, {
    clients_targeted: 0,
    threshold: null,
    clients_kept: 0,
    mean: null,
    sd: null,
  });
  const { metrics } = result.sample_sizes['Power0.8EffectSize0.01']!;
  const size = metrics.days_of_use!;
  assert.is(size.not_computable, 'no clients in this target');
});

test('--max-bytes sets maximumBytesBilled on every job', async () => {
  const run = await harness.run(
    root,
    '--target',
    SLUG,
    '--force',
    '--max-bytes',
    '10MB',
  );

  assert.is(run.status, 0, run.stderr);
  const { query } = fake.inserts()[0]!.body!.configuration;
  assert.is(query.maximumBytesBilled, '10000000');
});

test('a job still running is polled until done', async () => {
  fake.runningPolls = 2;
  const run = await harness.run(root, '--target', SLUG, '--force');

  assert.is(run.status, 0, run.stderr);
  const gets = fake.requests.filter(
    (request) => request.method === 'GET' && request.path.includes('/jobs/'),
  );
  assert.is(gets.length, 3);
  assert.equal(harness.clock.sleeps, [1000, 1500, 2250]);
});

test('a found job whose results expired runs again under the next id', async () => {
  const first = await harness.run(root, '--target', SLUG, '--force');
  assert.is(first.status, 0, first.stderr);
  const firstId = fake.inserts()[0]!.body!.jobReference!.jobId!;
  fake.faults.push({
    step: 'results',
    slug: SLUG,
    status: 404,
    reason: 'notFound',
    times: 1,
  });

  const again = await harness.run(root, '--target', SLUG, '--force');
  assert.is(again.status, 0, again.stderr);
  const ids = fake.inserts().map((insert) => insert.body!.jobReference!.jobId);
  assert.equal(ids, [firstId, firstId, `${firstId}_try2`]);
});

test('a job that never finishes fails its target after the wait', async () => {
  fake.runningPolls = Number.MAX_SAFE_INTEGER;
  const run = await harness.run(root, '--target', SLUG, '--force');
  fake.runningPolls = 0;

  assert.is(run.status, 1);
  assert.match(
    run.stdout,
    /is still running after 360 minutes; run again later/,
  );
  const waited = harness.clock.sleeps.reduce((sum, ms) => sum + ms, 0);
  assert.ok(waited >= 6 * 3_600_000 && waited < 6 * 3_600_000 + 20_000);
});

test('nothing left loopback and no credentials were looked up', () => {
  harness.assertStayedLocal();
  assert.ok(harness.guard.attempts.length > 0, 'the client did connect');
});

test.run();

function dateParameter(name: string, value: string) {
  return { name, parameterType: { type: 'DATE' }, parameterValue: { value } };
}
