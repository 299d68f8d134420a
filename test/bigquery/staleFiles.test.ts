import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bigqueryProject } from './support/bigqueryProject.js';
import { Harness } from './support/Harness.js';

const harness = await Harness.start();
const { fake } = harness;

const SLUG = 'firefox_desktop-beta-en_us-us-new';
const FRESH = 'fenix-release-en_us-all-all';
const compiled = (root: string) => join(root, 'compiled', `${SLUG}.sql`);

test.before.each(() => harness.reset());
test.before(() => harness.install());
test.after(() => harness.stop());

/** Nothing reached the server, not even a dry run; not even a connection. */
async function assertRefusedBeforeSending(root: string, pattern: string) {
  const connections = harness.guard.attempts.length;
  const run = await harness.run(root, '--target', FRESH, SLUG);

  assert.is(run.status, 1);
  assert.match(run.stderr, pattern);
  assert.match(run.stderr, 'run `npx sizing compile`');
  assert.not.match(run.stderr, FRESH, 'only the bad file is named');
  assert.equal(fake.requests, []);
  assert.is(harness.guard.attempts.length, connections);
}

test('a hand-edited compiled file is refused, nothing sent', async () => {
  const root = bigqueryProject();
  const text = readFileSync(compiled(root), 'utf8');
  const original = 'COUNT(*) AS clients_targeted';
  writeFileSync(compiled(root),
    text.replace(original, 'COUNT(DISTINCT client_id) AS clients_targeted'));

  await assertRefusedBeforeSending(root,
    `stale: compiled/${SLUG}.sql (line ${lineOf(text, original)}: ` +
    `expected "  ${original},"`);
});

test('a file compiled from other inputs names both hashes', async () => {
  const root = bigqueryProject();
  const text = readFileSync(compiled(root), 'utf8');
  const current = /inputs (sha256:[0-9a-f]+)/.exec(text)![1]!;
  const other = 'sha256:0123456789abcdef';
  writeFileSync(compiled(root), text.replace(current, other));

  await assertRefusedBeforeSending(root, `stale: compiled/${SLUG}.sql ` +
    `(compiled from inputs ${other}, the inputs are now ${current})`);
});

test('a missing compiled file is refused', async () => {
  const root = bigqueryProject();
  rmSync(compiled(root));

  await assertRefusedBeforeSending(root, `missing: compiled/${SLUG}.sql`);
});

test('nothing left loopback and no credentials were looked up', () => {
  harness.assertStayedLocal();
});

test.run();

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}
