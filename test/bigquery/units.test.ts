import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { aggregateRowOf } from '../../src/engines/bigquery/aggregateRowOf.js';
import {
  Backoff,
  RetriesExhausted,
} from '../../src/engines/bigquery/Backoff.js';
import { classifyError } from '../../src/engines/bigquery/classifyError.js';
import { JobFailed } from '../../src/engines/bigquery/JobFailed.js';
import { labelValue } from '../../src/engines/bigquery/labelValue.js';
import { parseByteCount } from '../../src/engines/bigquery/parseByteCount.js';
import { formatBytes } from '../../src/execute/formatBytes.js';
import { runWithConcurrency } from '../../src/execute/runWithConcurrency.js';
import { SizingError } from '../../src/SizingError.js';
import { FakeClock } from './support/FakeClock.js';

test('label values keep to lowercase, digits, _ and -, at most 63', () => {
  assert.is(labelValue('firefox_desktop-beta-en_ca.en_gb.en_us-all-all'),
    'firefox_desktop-beta-en_ca_en_gb_en_us-all-all');
  assert.is(labelValue('EN-US'), 'en-us');

  const long = `fenix-release-${'en_us.'.repeat(20)}-us-new`;
  const other = `${long.slice(0, -3)}all`;
  assert.is(labelValue(long).length, 63);
  assert.match(labelValue(long), /^[a-z0-9_-]+$/);
  assert.is.not(labelValue(long), labelValue(other), 'cut values stay apart');
});

/** An error shaped as the client library's ApiError. */
function apiError(code: number, reason?: string) {
  return Object.assign(new Error(`message for ${reason ?? code}`), {
    code,
    errors: reason === undefined ? [] : [{ reason, message: 'details' }],
  });
}

test('transient failures are retried; the rest fail at once', () => {
  const transient = [
    apiError(429, 'rateLimitExceeded'),
    apiError(403, 'rateLimitExceeded'),
    apiError(500, 'internalError'),
    apiError(503, 'backendError'),
    apiError(502),
    Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    new JobFailed('job', { reason: 'backendError' }, false),
  ];
  const permanent = [
    apiError(400, 'invalidQuery'),
    apiError(403, 'accessDenied'),
    apiError(403, 'quotaExceeded'),
    apiError(400, 'bytesBilledLimitExceeded'),
    apiError(404, 'notFound'),
    apiError(500, 'quotaExceeded'),
    Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    new JobFailed('job', { reason: 'invalidQuery' }, false),
  ];
  for (const error of transient) {
    assert.ok(classifyError(error).transient, error.message);
  }
  for (const error of permanent) {
    assert.not.ok(classifyError(error).transient, error.message);
  }
});

test('a failure reads as its reason and first line', () => {
  assert.is(classifyError(apiError(400, 'invalidQuery')).reason,
    'invalidQuery: message for invalidQuery');
  assert.is(classifyError(apiError(502)).reason, 'HTTP 502: message for 502');
  assert.is(classifyError(new Error('two\nlines')).reason, 'two');
});

test('backoff doubles, with jitter, and stops after its tries', async () => {
  const clock = new FakeClock();
  const backoff = new Backoff({
    attempts: 4, firstDelayMs: 1000, maxDelayMs: 3000, budgetMs: 60_000,
    jobWaitMs: 60_000,
  }, clock);

  for (let i = 0; i < 3; i += 1) await backoff.wait(apiError(503));
  // Half the ceiling plus half of it scaled by random(), here 0.5.
  assert.equal(clock.sleeps, [750, 1500, 2250]);
  const refusal = await backoff.wait(apiError(503))
    .catch((error: unknown) => error);
  assert.instance(refusal, RetriesExhausted);
  assert.is(clock.sleeps.length, 3, 'no wait after the last try');
});

test('backoff stops when the next wait would pass its budget', async () => {
  const clock = new FakeClock();
  const backoff = new Backoff({
    attempts: 100, firstDelayMs: 1000, maxDelayMs: 32_000, budgetMs: 10_000,
    jobWaitMs: 60_000,
  }, clock);

  const error = await tryUntilRefused(backoff);
  assert.equal(clock.sleeps, [750, 1500, 3000]);
  assert.match(error.message, 'gave up after 4 tries');
});

async function tryUntilRefused(backoff: Backoff): Promise<Error> {
  for (;;) {
    try {
      await backoff.wait(apiError(503, 'backendError'));
    } catch (error) {
      return error as Error;
    }
  }
}

test('byte counts take decimal and binary units', () => {
  assert.is(parseByteCount('500000000', '--max-bytes'), 500_000_000);
  assert.is(parseByteCount('10GB', '--max-bytes'), 10_000_000_000);
  assert.is(parseByteCount('1TiB', '--max-bytes'), 2 ** 40);
  assert.is(parseByteCount('1.5 gib', '--max-bytes'), 1.5 * 2 ** 30);
  for (const text of ['', '0', '-1', '10 GBs', 'lots', '1e9']) {
    const usage = (error: unknown) =>
      error instanceof SizingError && error.exitCode === 2;
    assert.throws(() => parseByteCount(text, '--max-bytes'), usage, text);
  }
});

test('bytes for people', () => {
  assert.is(formatBytes(512), '512 bytes');
  assert.is(formatBytes(5_000_000), '4.77 MiB');
  assert.is(formatBytes(1.5 * 2 ** 40), '1.50 TiB');
});

test('result cells become numbers the way DuckDB values do', () => {
  const page = {
    schema: { fields: ['a', 'b', 'c', 'd'].map((name) => ({ name })) },
    rows: [{ f: [{ v: '12' }, { v: 2.5 }, { v: null }, { v: 'NaN' }] }],
  };
  const row = aggregateRowOf(page);
  assert.equal(Object.keys(row), ['a', 'b', 'c', 'd']);
  assert.equal([row.a, row.b, row.c], [12, 2.5, null]);
  assert.ok(Number.isNaN(row.d));

  const empty = { ...page, rows: [] };
  assert.throws(() => aggregateRowOf(empty), /one row, got 0/);
  assert.throws(() => aggregateRowOf({ rows: [] }), /unexpected shape/);
});

test('concurrency stays in its limit; a failure stops nothing', async () => {
  let active = 0;
  let peak = 0;
  const work = async (item: number) => {
    active += 1;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setImmediate(resolve));
    active -= 1;
    if (item === 2) throw new Error('two fails');
    return item * 10;
  };

  const outcomes = await runWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, work);
  assert.is(peak, 3);
  const rejected = outcomes.flatMap((outcome, index) =>
    outcome.status === 'rejected' ? [index] : []);
  assert.equal(rejected, [1]);
  assert.equal(outcomes[6], { status: 'fulfilled', value: 70 });
});

test.run();
