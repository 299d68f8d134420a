import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays } from '../../src/dates/IsoDate.js';
import { quoteName } from '../../src/warehouse/quoteName.js';
import type { RowGrain } from '../../src/warehouse/RowGrain.js';
import type { WarehouseField } from '../../src/warehouse/WarehouseField.js';
import {
  APPS,
  buildSmall,
  columnFor,
  dates,
  fromStart,
  spec,
  tableFor,
  WarehouseReader,
} from './warehouseFixture.js';

const reader = await WarehouseReader.open(await buildSmall(2000));
const number = (sql: string) => reader.number(sql);

const hasGrain = (app: string, grain: RowGrain) =>
  Object.values(spec.tables)
    .some((table) => table.rows === grain && table.apps.includes(app));

/** Where new users are read from: a first-seen table, else last-seen. */
const newUserTable = (app: string) =>
  tableFor(app, hasGrain(app, 'first_seen') ? 'first_seen' : 'seen_days');

const tablesOf = (...grains: RowGrain[]) => Object.entries(spec.tables)
  .filter(([, table]) => grains.includes(table.rows))
  .map(([name]) => quoteName(name));

/** The generated value `table` holds for active time. */
const activeField = (table: string): WarehouseField => {
  const fields = Object.values(spec.tables[table.replaceAll('"', '')]!.columns);
  return fields.includes('active_hours') ? 'active_hours' : 'active_seconds';
};

const ENROLLMENT = `BETWEEN ${fromStart(0)} AND ${fromStart(6)}`;

/** Clients of `app` active during enrollment, split as the targets are. */
async function enrolledSplit(app: string) {
  const daily = tableFor(app, 'active_days');
  const seen = tableFor(app, 'seen_days');
  const id = columnFor(daily, 'client_id');
  const day = columnFor(daily, 'submission_date');
  const firstSeen = columnFor(seen, 'first_seen_date');
  const sinceSeen = columnFor(seen, 'days_since_seen');
  const [row] = await reader.rows(`
    WITH enrolled AS (
      SELECT DISTINCT ${id} AS id FROM ${daily} WHERE ${day} ${ENROLLMENT}),
    fresh AS (
      SELECT ${id} AS id FROM ${newUserTable(app)}
      WHERE ${day} ${ENROLLMENT} GROUP BY 1
      HAVING min(${firstSeen}) >= ${fromStart(0)} OR count(${firstSeen}) = 0),
    old AS (
      SELECT ${id} AS id FROM ${seen} WHERE ${day} ${ENROLLMENT} GROUP BY 1
      HAVING min(${firstSeen}) <= ${fromStart(-28)} AND min(${sinceSeen}) = 0)
    SELECT count(*),
      count(*) FILTER (WHERE id IN (SELECT id FROM fresh)),
      count(*) FILTER (WHERE id IN (SELECT id FROM old))
    FROM enrolled`);
  const [all, fresher, older] = row!.map(Number) as [number, number, number];
  return { all, newShare: fresher / all, existingShare: older / all };
}

test('most enrolled clients are existing users, a minority new', async () => {
  for (const app of APPS) {
    const split = await enrolledSplit(app);
    assert.ok(split.all > 1000, `${app}: ${split.all} enrolled`);
    assert.ok(split.newShare > 0.08 && split.newShare < 0.35, `${app} new`);
    assert.ok(split.existingShare > 0.55 && split.existingShare < 0.9, app);
  }
});

test('clients first seen either side of S-28 use the app in enrollment',
  async () => {
    for (const app of APPS) {
      const seen = tableFor(app, 'seen_days');
      for (const offset of [-29, -28, -27]) {
        const clients = await number(`
          SELECT count(DISTINCT ${columnFor(seen, 'client_id')}) FROM ${seen}
          WHERE ${columnFor(seen, 'first_seen_date')} = ${fromStart(offset)}
            AND ${columnFor(seen, 'days_since_seen')} = 0
            AND ${columnFor(seen, 'submission_date')} ${ENROLLMENT}`);
        assert.ok(clients >= 1, `${app}: first seen S${offset}`);
      }
    }
  });

test('some new users have no first-seen date', async () => {
  for (const app of APPS) {
    const fresh = newUserTable(app);
    const unknown = await number(`
      SELECT count(*) FROM ${fresh}
      WHERE ${columnFor(fresh, 'first_seen_date')} IS NULL
        AND ${columnFor(fresh, 'submission_date')} ${ENROLLMENT}`);
    assert.ok(unknown >= 1, app);
  }
});

test('a client has at most one daily or last-seen row a day', async () => {
  for (const table of tablesOf('active_days', 'seen_days')) {
    const id = columnFor(table, 'client_id');
    const day = columnFor(table, 'submission_date');
    const rows = await number(`SELECT count(*) FROM ${table}`);
    const distinct = await number(
      `SELECT count(*) FROM (SELECT DISTINCT ${id}, ${day} FROM ${table})`);
    assert.ok(rows > 0, table);
    assert.is(rows, distinct, table);
  }
});

test('daily and last-seen rows span S-30 through the eve of the run',
  async () => {
    const span = [
      addDays(dates.enrollmentStart, -30),
      addDays(dates.runDate, -1),
    ];
    for (const table of tablesOf('active_days', 'seen_days')) {
      const day = columnFor(table, 'submission_date');
      const [row] = await reader.rows(
        `SELECT min(${day})::VARCHAR, max(${day})::VARCHAR FROM ${table}`);
      assert.equal(row, span, table);
    }
  });

test('clients skip days, and last-seen rows count the days since',
  async () => {
    for (const app of APPS) {
      const seen = tableFor(app, 'seen_days');
      const sinceSeen = columnFor(seen, 'days_since_seen');
      const idleShare = await number(
        `SELECT avg((${sinceSeen} > 0)::INTEGER) FROM ${seen}`);
      assert.ok(idleShare > 0.1 && idleShare < 0.9, `${app}: ${idleShare}`);

      const activeSeen = await number(
        `SELECT count(*) FROM ${seen} WHERE ${sinceSeen} = 0`);
      const daily = tableFor(app, 'active_days');
      assert.is(activeSeen, await number(`SELECT count(*) FROM ${daily}`));

      const window = spec.warehouse.last_seen_window_days;
      const oldest = await number(`SELECT max(${sinceSeen}) FROM ${seen}`);
      assert.is(oldest, window - 1, app);
    }
  });

test('first-seen tables hold one row per client, on its first day',
  async () => {
    for (const table of tablesOf('first_seen')) {
      const id = columnFor(table, 'client_id');
      const rows = await number(`SELECT count(*) FROM ${table}`);
      const clients = await number(
        `SELECT count(DISTINCT ${id}) FROM ${table}`);
      assert.is(clients, rows, table);

      const misdated = await number(`
        SELECT count(*) FROM ${table}
        WHERE ${columnFor(table, 'submission_date')}
          <> ${columnFor(table, 'first_seen_date')}`);
      assert.is(misdated, 0, table);
    }
  });

/** Largest per-client total of `field` over its 99.5th percentile. */
function tailRatio(table: string, field: WarehouseField): Promise<number> {
  return number(`
    SELECT max(total) / quantile_cont(total, 0.995) FROM (
      SELECT sum(${columnFor(table, field)}) AS total FROM ${table}
      GROUP BY ${columnFor(table, 'client_id')})`);
}

test('active time and searches have a few absurd clients', async () => {
  for (const app of APPS) {
    const daily = tableFor(app, 'active_days');
    assert.ok(await tailRatio(daily, activeField(daily)) > 5, app);

    const grain = hasGrain(app, 'search_days') ? 'search_days' : 'active_days';
    const searches = tableFor(app, grain);
    assert.ok(await tailRatio(searches, 'searches') > 5, app);
  }
});

test('hardly anyone is active for more than 24 hours a day', async () => {
  for (const app of APPS) {
    const table = tableFor(app, 'active_days');
    const field = activeField(table);
    const fullDay = field === 'active_hours' ? 24 : 86400;
    const share = await number(`
      SELECT avg((${columnFor(table, field)} > ${fullDay})::INTEGER)
      FROM ${table}`);
    assert.ok(share > 0 && share < 0.005, `${app}: ${share}`);
  }
});

test('locales come in several spellings, EN-US first', async () => {
  for (const app of APPS) {
    const table = tableFor(app, 'active_days');
    const locale = columnFor(table, 'locale');
    const [top] = await reader.rows(`
      SELECT upper(${locale}) FROM ${table} WHERE ${locale} IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    assert.equal(top, ['EN-US'], app);

    const spellings = await number(`
      SELECT count(DISTINCT ${locale}) FROM ${table}
      WHERE upper(${locale}) = 'EN-US'`);
    assert.ok(spellings >= 2, app);
  }
});

test('countries follow locales, and release dwarfs beta and nightly',
  async () => {
    for (const app of APPS) {
      const table = tableFor(app, 'active_days');
      const country = columnFor(table, 'country');
      const inBritain = await number(`
        SELECT avg((${country} = 'GB')::INTEGER) FROM ${table}
        WHERE upper(${columnFor(table, 'locale')}) = 'EN-GB'`);
      assert.ok(inBritain > 0.7, `${app}: EN-GB in GB ${inBritain}`);

      const clientsOn = (channel: string) => number(`
        SELECT count(DISTINCT ${columnFor(table, 'client_id')}) FROM ${table}
        WHERE ${columnFor(table, 'channel')} = '${channel}'`);
      const release = await clientsOn('release');
      const beta = await clientsOn('beta');
      const nightly = await clientsOn('nightly');
      assert.ok(release > 5 * beta && beta > nightly && nightly > 0, app);
    }
  });

test('tagged searches never exceed searches', async () => {
  for (const table of tablesOf('search_days')) {
    const tagged = columnFor(table, 'tagged_searches');
    const over = await number(`
      SELECT count(*) FROM ${table}
      WHERE ${tagged} > ${columnFor(table, 'searches')}`);
    assert.is(over, 0, table);
  }
});

test.after(() => reader.close());

test.run();
