import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bigqueryProject } from './support/bigqueryProject.js';
import { FakeBigquery } from './support/FakeBigquery.js';
import {
  DATE,
  GCP_PROJECT,
  PLACEHOLDER_AUTHORIZATION,
} from './support/Harness.js';
import { spawnSizing, type SpawnedRun } from './support/spawnSizing.js';

const fake = await FakeBigquery.start();
const root = bigqueryProject();
const SLUGS = [
  'fenix-beta-en_us-us-new',
  'firefox_ios-nightly-en_us-all-existing',
];

test.before.each(() => fake.reset());
test.after(() => fake.close());

const sizing = (...flags: string[]) => spawnSizing(['execute',
  '--engine', 'bigquery', '--project', GCP_PROJECT,
  '--api-endpoint', fake.endpoint, '--project-dir', root, '--date', DATE,
  '--target', ...SLUGS, ...flags], fake.port);

/** The child reached the fake server and nothing else, without credentials. */
function assertStayedLocal(run: SpawnedRun) {
  assert.ok(run.guard.attempts.length > 0, 'the child did connect');
  for (const attempt of run.guard.attempts) {
    const expected = { host: '127.0.0.1', port: fake.port, allowed: true };
    assert.equal(attempt, expected);
  }
  assert.equal(run.guard.lookups, []);
  assert.equal(run.guard.credentialLookups, []);
  assert.ok(fake.requests.every((request) =>
    request.authorization === PLACEHOLDER_AUTHORIZATION));
}

test('the built CLI dry-runs on the emulator and nothing else', async () => {
  const run = await sizing('--dry-run');

  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /total\s+9\.54 MiB\s+\(10,000,000 bytes\)/);
  assert.is(fake.dryRuns().length, 2);
  assert.equal(fake.inserts(), []);
  assertStayedLocal(run);
});

test('the built CLI sizes targets and exits 0', async () => {
  const run = await sizing('--force');

  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, '2 targets sized');
  for (const slug of SLUGS) {
    const line = `sized ${slug}: job sizing_\\S+, 4\\.77 MiB processed, `;
    assert.match(run.stderr, new RegExp(`${line}[\\d.]+ s`), run.stderr);
    assert.ok(existsSync(join(root, 'results', DATE, `${slug}.json`)));
  }
  assertStayedLocal(run);
});

test('the built CLI exits 1 when a target fails, naming it', async () => {
  fake.faults.push(
    { step: 'insert', slug: SLUGS[1], status: 403, reason: 'accessDenied' });
  const run = await sizing('--force');

  assert.is(run.status, 1);
  assert.match(run.stdout, `Failed targets:\n  ${SLUGS[1]}: accessDenied`);
  assert.match(run.stderr, 'error: 1 of 2 targets failed');
  assertStayedLocal(run);
});

test.run();
