import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bigqueryProject } from './support/bigqueryProject.js';
import { DATE, Harness } from './support/Harness.js';

const harness = await Harness.start();
const { fake } = harness;

const BIG = 'firefox_desktop-release-en_us-all-all';
const SMALL = 'firefox_ios-nightly-en_us-us-new';
const GiB = 2 ** 30;
const sizes = (slug: string) => (slug === BIG ? 1.5 * GiB : 512 * 2 ** 20);

test.before.each(() => {
  harness.reset();
  fake.bytes = sizes;
});
test.before(() => harness.install());
test.after(() => harness.stop());

test('--dry-run prints each estimate and the total, runs nothing', async () => {
  const root = bigqueryProject();
  const run = await harness.run(root, '--target', BIG, SMALL, '--dry-run');

  assert.is(run.status, 0, run.stderr);
  const line = (slug: string, size: string, exact: string) =>
    new RegExp(`${slug}\\s+${size}\\s+\\(${exact} bytes\\)`);
  assert.match(run.stdout, line(BIG, '1\\.50 GiB', '1,610,612,736'));
  assert.match(run.stdout, line(SMALL, '512 MiB', '536,870,912'));
  assert.match(run.stdout, /total\s+2\.00 GiB\s+\(2,147,483,648 bytes\)/);

  assert.is(fake.dryRuns().length, 2);
  assert.equal(fake.inserts(), [], 'no job ran');
  assert.not.ok(existsSync(join(root, 'results', DATE)), 'nothing written');
});

test('with --max-bytes, a dry run marks the estimates above it', async () => {
  const run = await harness.run(bigqueryProject(),
    '--target', BIG, SMALL, '--dry-run', '--max-bytes', '1GiB');

  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /1,610,612,736 bytes\)  over --max-bytes\n/);
  assert.match(run.stdout, /536,870,912 bytes\)\n/);
  assert.equal(fake.inserts(), []);
});

test('a dry run that fails is listed with its reason, exit 1', async () => {
  fake.faults.push(
    { step: 'dryRun', slug: SMALL, status: 400, reason: 'invalidQuery' });
  const run = await harness.run(
    bigqueryProject(), '--target', BIG, SMALL, '--dry-run');

  assert.is(run.status, 1);
  assert.match(run.stdout, `${SMALL}: invalidQuery: scripted invalidQuery`);
  assert.match(run.stdout, BIG);
  assert.equal(fake.inserts(), []);
});

test('an estimate above --max-bytes refuses the whole run', async () => {
  const root = bigqueryProject();
  const run = await harness.run(
    root, '--target', BIG, SMALL, '--max-bytes', '1GiB');

  assert.is(run.status, 1);
  assert.match(run.stderr, 'nothing was run: 1 target would process ' +
    'more than --max-bytes 1.00 GiB (1,073,741,824 bytes)');
  assert.match(run.stderr, `${BIG}: 1.50 GiB`);
  assert.not.match(run.stderr, `${SMALL}:`);

  assert.is(fake.dryRuns().length, 2);
  assert.equal(fake.inserts(), [], 'no job ran, not even the small one');
  assert.not.ok(existsSync(join(root, 'results', DATE)));
});

test('estimates within --max-bytes run, each job capped', async () => {
  const run = await harness.run(
    bigqueryProject(), '--target', BIG, SMALL, '--max-bytes', '2GB');

  assert.is(run.status, 0, run.stderr);
  const caps = fake.inserts().map((request) =>
    request.body!.configuration.query.maximumBytesBilled);
  assert.equal(caps, ['2000000000', '2000000000']);
});

test('nothing left loopback and no credentials were looked up', () => {
  harness.assertStayedLocal();
});

test.run();
