import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bigqueryProject } from './support/bigqueryProject.js';
import { DATE, Harness } from './support/Harness.js';

const harness = await Harness.start();
const { fake } = harness;
const root = bigqueryProject();

const SLUG = 'fenix-release-en_us-us-existing';
const OTHERS = [
  'firefox_ios-beta-en_us-all-new',
  'firefox_desktop-nightly-en_us-us-all',
];
const resultPath = (slug: string) =>
  join(root, 'results', DATE, `${slug}.json`);
const jobIds = () =>
  fake.inserts().map(({ body }) => body!.jobReference!.jobId!);

test.before.each(() => harness.reset());
test.before(() => harness.install());
test.after(() => harness.stop());

test('429 twice, then the insert succeeds after growing waits', async () => {
  fake.faults.push(
    { step: 'insert', status: 429, reason: 'rateLimitExceeded', times: 2 });
  const run = await harness.run(root, '--target', SLUG, '--force');

  assert.is(run.status, 0, run.stderr);
  assert.is(fake.inserts().length, 3);
  assert.equal(harness.clock.sleeps, [750, 1500], 'exponential, with jitter');
  assert.ok(existsSync(resultPath(SLUG)));
});

test('a 500 on the dry run and on fetching results is retried', async () => {
  fake.faults.push({ step: 'dryRun', status: 500, reason: 'internalError' });
  fake.faults.push({ step: 'results', status: 500, reason: 'backendError' });
  const run = await harness.run(root, '--target', SLUG, '--force');

  assert.is(run.status, 0, run.stderr);
  assert.is(fake.dryRuns().length, 2);
  assert.is(harness.clock.sleeps.length, 2);
});

test('a 400 invalidQuery fails the target at once', async () => {
  fake.faults.push({ step: 'insert', status: 400, reason: 'invalidQuery' });
  const run = await harness.run(root, '--target', SLUG, '--force');

  assert.is(run.status, 1);
  assert.is(fake.inserts().length, 1, 'not retried');
  assert.equal(harness.clock.sleeps, []);
  assert.match(run.stdout,
    `Failed targets:\n  ${SLUG}: invalidQuery: scripted invalidQuery`);
});

test('quota, access and byte-cap errors are not retried either', async () => {
  const permanent = [[403, 'quotaExceeded'], [403, 'accessDenied'],
    [400, 'bytesBilledLimitExceeded']] as const;
  for (const [status, reason] of permanent) {
    harness.reset();
    fake.faults.push({ step: 'insert', status, reason });
    const run = await harness.run(root, '--target', SLUG, '--force');

    assert.is(run.status, 1, reason);
    assert.is(fake.inserts().length, 1, reason);
    assert.match(run.stdout, `${SLUG}: ${reason}`);
  }
});

test('retries end after the policy\'s tries, saying why', async () => {
  fake.faults.push(
    { step: 'insert', status: 503, reason: 'backendError', times: 100 });
  const run = await harness.run(root, '--target', SLUG, '--force');

  assert.is(run.status, 1);
  assert.is(fake.inserts().length, 6);
  assert.is(harness.clock.sleeps.length, 5);
  assert.match(run.stdout, `${SLUG}: backendError: scripted backendError ` +
    '(gave up after 6 tries');
});

test('a job failing on BigQuery\'s side reruns as a new job', async () => {
  fake.jobErrors.push({ slug: SLUG, reason: 'backendError' });
  const run = await harness.run(root, '--target', SLUG, '--force');

  assert.is(run.status, 0, run.stderr);
  const [first, second] = jobIds();
  assert.is(second, `${first}_try2`);
  const result = JSON.parse(readFileSync(resultPath(SLUG), 'utf8')) as {
    run: { job_id: string };
  };
  assert.is(result.run.job_id, second);

  // Run again: both jobs are found, neither is paid for again or waited on.
  harness.clock.sleeps.length = 0;
  fake.requests.length = 0;
  assert.is((await harness.run(root, '--target', SLUG, '--force')).status, 0);
  assert.is(fake.jobs.size, 2);
  assert.equal(harness.clock.sleeps, []);
});

test('a failing target stops no other; exit 1 lists it', async () => {
  const failing = OTHERS[0]!;
  fake.faults.push(
    { step: 'insert', slug: failing, status: 400, reason: 'invalidQuery' });
  const run = await harness.run(root, '--target', SLUG, ...OTHERS, '--force',
    '--concurrency', '2');

  assert.is(run.status, 1);
  assert.match(run.stdout, `2 targets sized, 1 failed`);
  assert.match(run.stdout, `Failed targets:\n  ${failing}: invalidQuery`);
  assert.match(run.stderr, '1 of 3 targets failed');
  assert.is(fake.inserts().length, 3, 'every target was tried');

  const published = readFileSync(
    join(root, 'results', DATE, 'sample_sizes.json'), 'utf8');
  assert.match(published, "fenix:release:['EN-US']:US");
  assert.match(published, "firefox_desktop:nightly:['EN-US']:US");
});

test('nothing left loopback and no credentials were looked up', () => {
  harness.assertStayedLocal();
});

test.run();
