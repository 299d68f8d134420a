import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runDatesFor } from '../../src/dates/RunDates.js';
import { queryParameters } from '../../src/engines/queryParameters.js';
import { compileFor, probe, type TargetValues } from '../support/compileFor.js';
import { desktopTables, RUN_DATE } from '../support/desktopFixture.js';
import { memoryWarehouse } from '../support/memoryWarehouse.js';

const dates = runDatesFor(RUN_DATE);
const params = queryParameters(dates);
const warehouse = await memoryWarehouse(desktopTables());

const desktop = (values: Partial<TargetValues>): TargetValues => ({
  app: 'firefox_desktop',
  locales: ['EN-US'],
  channel: 'release',
  country: 'US',
  userType: 'all',
  ...values,
});

async function enrolled(values: Partial<TargetValues>) {
  const query = compileFor(desktop(values));
  const rows = await warehouse.query(probe(query, 'enrollments'), params);
  return Object.fromEntries(
    rows.map((row) => [row.client_id, row.enrollment_date]),
  );
}

test('dates follow the run date', () => {
  assert.equal(dates.enrollmentStart, '2026-01-24');
  assert.equal(dates.enrollmentEnd, '2026-01-30');
  assert.equal(dates.dataEnd, '2026-02-26');
});

test('new users: first seen on or after the start, or never', async () => {
  assert.equal(await enrolled({ userType: 'new' }), {
    b_start: '2026-01-24',
    c_last: '2026-01-30',
    h_null: '2026-01-28',
  });
});

test('existing users: first seen by S - 28 and active in the period', async () => {
  assert.equal(await enrolled({ userType: 'existing' }), {
    e_28: '2026-01-26',
    f_29: '2026-01-24',
    j_case: '2026-01-29',
  });
});

test('all users: any client matching every dimension on one day', async () => {
  assert.equal(await enrolled({ userType: 'all' }), {
    a_before: '2026-01-25',
    b_start: '2026-01-24',
    c_last: '2026-01-30',
    e_28: '2026-01-26',
    f_29: '2026-01-24',
    g_27: '2026-01-25',
    h_null: '2026-01-28',
    i_idle: '2026-01-25',
    j_case: '2026-01-29',
  });
});

test('a locale set and an all-country wildcard widen the target', async () => {
  const ids = Object.keys(
    await enrolled({
      locales: ['EN-US', 'EN-CA', 'EN-GB'],
      country: 'all',
    }),
  );
  assert.equal(ids, [
    'a_before',
    'b_start',
    'c_last',
    'e_28',
    'f_29',
    'g_27',
    'h_null',
    'i_idle',
    'j_case',
    'l_ca',
    'm_switch',
  ]);
});

test('all wildcards keep every client seen during enrollment', async () => {
  const ids = Object.keys(
    await enrolled({
      locales: 'all',
      channel: 'all',
      country: 'all',
    }),
  );
  assert.equal(ids, [
    'a_before',
    'b_start',
    'c_last',
    'e_28',
    'f_29',
    'g_27',
    'h_null',
    'i_idle',
    'j_case',
    'k_other',
    'l_ca',
    'm_switch',
    'n_beta',
    'o_null_locale',
  ]);
});

test('metric values count only days inside the analysis window', async () => {
  const query = compileFor(desktop({ userType: 'all' }));
  const rows = await warehouse.query(
    probe(query, 'values_clients_daily'),
    params,
  );
  const values = Object.fromEntries(
    rows.map((row) => [
      row.client_id,
      [row.active_hours, row.search_count, row.days_of_use],
    ]),
  );

  assert.equal(values, {
    a_before: [2, 0, 1],
    b_start: [2, 3, 2],
    c_last: [4, 0, 1],
    e_28: [3, 0, 1],
    f_29: [16, 5, 2],
    g_27: [1, 0, 1],
    h_null: [0.25, 0, 1],
    i_idle: [1, 0, 1],
    j_case: [7, 0, 1],
  });
});

test('aggregates trim above the 99.5th percentile', async () => {
  const query = compileFor(desktop({ userType: 'new' }));
  const row = await warehouse.engine.run(query, dates);

  // Values 0.25, 2, 4: position 2 × 0.995 = 1.99, so the threshold is
  // 4 - (4 - 2) × 0.01 = 3.98 and the 4 is trimmed.
  assert.is(row.clients_targeted, 3);
  assert.ok(Math.abs(row.active_hours_threshold! - 3.98) < 1e-12);
  assert.is(row.active_hours_kept, 2);
  assert.is(row.active_hours_mean, 1.125);
  assert.ok(Math.abs(row.active_hours_sd! - Math.sqrt(1.53125)) < 1e-12);

  // Days of use 1, 1, 2: threshold 2 - 1 × 0.01, so only the 1s stay.
  assert.ok(Math.abs(row.days_of_use_threshold! - 1.99) < 1e-12);
  assert.is(row.days_of_use_kept, 2);
  assert.is(row.days_of_use_mean, 1);
  assert.is(row.days_of_use_sd, 0);
});

test('an empty target gives zero clients and no statistics', async () => {
  const row = await warehouse.engine.run(
    compileFor(desktop({ country: 'JP' })),
    dates,
  );
  assert.is(row.clients_targeted, 0);
  assert.is(row.active_hours_threshold, null);
  assert.is(row.active_hours_mean, null);
});

test.run();
